export { definedFunctions, type DefinedFunction } from './defined-functions';
export { isValidIdentifier, sanitizeIdentifier } from './identifier';
export {
  extensionFor,
  languageForDriver,
  languageForPath,
  SOURCE_LANGUAGES,
  type CodeLanguage,
  type SourceLanguage,
} from './language';
export { maskSource } from './mask';
export { nameOccurrences, renameFunction, type RenameResult } from './rename';
export { sourceFindings, type SourceFinding } from './source-findings';
