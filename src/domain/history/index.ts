export * from './push-log';
export * from './versions';
