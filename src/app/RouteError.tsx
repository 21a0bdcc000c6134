import { Link, useRouteError } from 'react-router';

/** A screen that broke while drawing: say so, keep the way back, and never show raw HTML from the error. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section role="alert" className="mx-auto max-w-xl py-16">
      <h1 className="text-2xl font-semibold">Something went wrong on this screen</h1>
      <p className="mt-2 text-slate-700">{message}</p>
      <p className="mt-2 text-slate-600">
        Your drafts are saved in this browser and are not affected. Reload the page, or go back to the list.
      </p>
      <Link to="/" className="mt-6 inline-block text-indigo-700 underline">
        Back to the API list
      </Link>
    </section>
  );
}
