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

  it('turns /metrics on only with a METRICS_TOKEN long enough to be a secret', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'scrape-me-0123456789' }).metricsToken).toBe('scrape-me-0123456789');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN="short"/);
  });

  it('trusts no proxy unless TRUST_PROXY lists one', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('names a bad TRUST_PROXY together with the other bad variables', () => {
    expect(() => loadConfig({ PORT: 'eighty', TRUST_PROXY: 'proxy.example' })).toThrow(
      /PORT="eighty".*TRUST_PROXY="proxy.example"/,
    );
  });

  it.each(['10.0.0.1/33', 'proxy.example', '10.0.0', '*', 'true', '2', '10.0.0.1,,10.0.0.2', '::1/129'])(
    'refuses TRUST_PROXY=%s, naming it',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY=/);
    },
  );
});
