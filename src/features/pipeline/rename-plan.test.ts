import { describe, expect, it } from 'vitest';
import { filesDefining, planRename } from './rename-plan';

const files = {
  'middleware.py': 'from tyk.decorators import *\n\n@Hook\ndef Check(request, session, spec):\n    return request, session\n',
  'notes.py': '# Check is called by the gateway\n',
  'other.js': 'var Check = 1;\n',
};

describe('planRename', () => {
  it('finds the files that define the old name', () => {
    expect(filesDefining(files, 'Check')).toEqual(['middleware.py']);
    expect(filesDefining(files, 'Missing')).toEqual([]);
  });

  it('offers a rename only when a file defines the old name and the name changes', () => {
    expect(planRename(files, 'python', 'Check', 'Check')).toBeUndefined();
    expect(planRename(files, 'python', 'Missing', 'Other')).toBeUndefined();
    const plan = planRename(files, 'python', 'Check', 'Verify');
    expect(plan?.changed).toEqual([{ path: 'middleware.py', count: 1 }]);
    expect(plan?.files['middleware.py']).toContain('def Verify(');
    expect(plan?.files['notes.py']).toBe(files['notes.py']);
  });

  it('lists files it would leave alone with the reason', () => {
    const plan = planRename(files, 'python', 'Check', 'not-valid');
    expect(plan?.changed).toEqual([]);
    expect(plan?.refused[0]?.path).toBe('middleware.py');
    expect(plan?.refused[0]?.reason).toMatch(/\S/);
  });
});
