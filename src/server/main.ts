import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirError } from './data-dir.js';
import { migrateToLatest, openDatabase } from './db/database.js';
import { type Job, startJobs } from './jobs/runner.js';
import { fleetAlertJob, reminderJob, retentionJob } from './jobs/server-jobs.js';
import { kioskTokenFor, maskedKioskSetupUrl } from './kiosk-token.js';
import { mediaStore } from './media-store.js';
import { reminderChannelsOf } from './reminders/channels.js';
import { smtpSender } from './reminders/smtp-sender.js';
import { loadReminderTexts } from './reminders/texts.js';
import { seedIfEmpty } from './seed.js';

const SHUTDOWN_DEADLINE_MS = 5000;

/** Starts the server: config, database, migrations, seed content, then listen; stops cleanly on SIGTERM. */
async function main(): Promise<void> {
  // Everything the server writes (database, media, token) holds visitors' or staff data: owner only.
  process.umask(0o077);
  const config = loadConfig();
  const db = openDatabase(config);
  await migrateToLatest(db);
  const media = mediaStore(config.dataDir);
  const kioskToken = kioskTokenFor(config.kioskToken, config.dataDir);
  const app = await buildApp({
    db,
    media,
    publicDir: config.publicDir,
    logLevel: config.logLevel,
    localesDir: config.localesDir,
    kiosk: {
      publicUrl: config.publicUrl,
      idleTimeoutSeconds: config.idleTimeoutSeconds,
      reminderChannels: reminderChannelsOf(config),
    },
    kioskToken,
    personalDataDays: config.personalDataDays,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
    work: config.work,
  });
  // Periodic jobs run on one runner: once per period even when several processes share the database.
  const jobs: Job[] = [retentionJob(app)];
  // Reminders and alert e-mails need a mail server; without one everything else works the same.
  const mail = config.smtpUrl ? smtpSender(config.smtpUrl, config.reminderFrom) : null;
  if (mail) {
    const deps = { db, log: app.log, texts: await loadReminderTexts(config.localesDir) };
    jobs.push(reminderJob(deps, mail));
  } else {
    app.log.info('reminders and alert e-mails are off: SMTP_URL is not set');
  }
  // Absences before this start are not held against kiosks: the server was not listening for them.
  jobs.push(fleetAlertJob({ db, log: app.log, mail, publicUrl: config.publicUrl, watchingSince: new Date() }));
  const jobRunner = startJobs({ db, log: app.log }, jobs);

  const seeded = await seedIfEmpty(app, media, config.contentDir);
  if (seeded) app.log.info({ version: seeded }, 'published the seed content');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Whatever is still running (a slow request, a stuck connection) cannot hold the process.
    setTimeout(() => {
      app.log.error({ signal }, `not stopped after ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // Jobs first: a run under way finishes (its lease marked done) before the database closes.
    await jobRunner.stop();
    // Then the workers: a text, drawing or pack being checked is abandoned, and its request answered, so close can finish.
    await app.work.close();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  // An installation still on the shared token: opening this address once on a tablet gives its
  // kiosk the token; logs travel further than the server, so they get it masked.
  if (kioskToken) {
    app.log.info(
      `Kiosk set-up address: ${maskedKioskSetupUrl(config.publicUrl ?? address, kioskToken)} (npm run kiosk:setup-url prints it whole)`,
    );
  }
  if (!(await app.kiosks.anyEnrolled())) {
    app.log.info(
      'No kiosk is enrolled yet: enrol one in the console (Fleet), or with npm run kiosk:enrol -- --branch <branch id or name>',
    );
  }
}

main().catch((error: unknown) => {
  // A bad setting or data folder is the operator's to fix: say it plainly, without a stack trace.
  console.error(error instanceof ConfigError || error instanceof DataDirError ? error.message : error);
  process.exit(1);
});
