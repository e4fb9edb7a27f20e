import { comingSoonPage } from "@/components/layout/coming-soon";

const page = comingSoonPage("information");
export const generateMetadata = page.generateMetadata;
export default page.ComingSoonPage;
