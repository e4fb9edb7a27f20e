import { comingSoonPage } from "@/components/layout/coming-soon";

const page = comingSoonPage("equality");
export const generateMetadata = page.generateMetadata;
export default page.ComingSoonPage;
