import { comingSoonPage } from "@/components/layout/coming-soon";

const page = comingSoonPage("participation");
export const generateMetadata = page.generateMetadata;
export default page.ComingSoonPage;
