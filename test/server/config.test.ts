import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toMatch(/data$/);
  });

  it('reads numbers from strings', () => {
    expect(loadConfig({ PORT: '9000' }).port).toBe(9000);
  });

  it('names every bad variable and what it must be', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT="70000"');
      expect((error as Error).message).toContain('65535');
    }
    expect.assertions(3);
  });
});
