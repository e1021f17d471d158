import { NotFoundContent } from "@/components/not-found-content";

// Inside the shop the layout already gives the header and <main>.
export default function NotFoundPage() {
  return <NotFoundContent />;
}
