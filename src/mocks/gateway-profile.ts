import { EMBEDDED_PROFILE } from '../domain/profile/profile';

/** The tyk.conf the embedded gateway pretends to run with (see EMBEDDED_PROFILE). */
export const EMBEDDED_GATEWAY_PROFILE = EMBEDDED_PROFILE;
