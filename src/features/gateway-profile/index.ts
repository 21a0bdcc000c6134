export { ProfileButton } from './ProfileButton';
