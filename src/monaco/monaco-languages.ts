/**
 * The languages plugin code is written in, and JSON's service (its settings are the definition editor's
 * schemas). Imported by monaco-setup after Monaco's core has run, in a task of its own.
 */
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/lua/register';

export { jsonDefaults } from 'monaco-editor/languages/features/json/register';
