export { ProfileButton } from './ProfileButton';
export { ProfileDialog } from './ProfileDialog';
