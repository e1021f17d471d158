import { NotFoundContent } from "@/components/not-found-content";

// Outside the shop (desk, income pages): the 404 without the shop's header.
export default function NotFoundPage() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-6 sm:px-10">
      <NotFoundContent />
    </main>
  );
}
