import { useNavigation } from 'react-router';

/**
 * A thin bar along the top while the next page's code loads (a view's first open). It appears only after a
 * moment (see `.navigation-progress` in index.css), so fast loads do not flash it.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading the page"
      className="navigation-progress fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-indigo-100"
    >
      <div className="h-full w-1/3 bg-indigo-600" />
    </div>
  );
}
