import type { z } from 'zod';
import type { DemoProfileSchema } from '../../../shared/profiles/profile-schema.ts';
import { normalizeDemo } from '../../normalize/demo/demo-normalizer.ts';
import { ConnectionSupervisor } from '../reconnect/connection-supervisor.ts';
import type { Source, SourceContext, SourceDefinition } from '../source.ts';
import { DemoMarket } from './demo-market.ts';
import { seededRandom } from './seeded-random.ts';

type DemoProfile = z.infer<typeof DemoProfileSchema>;

/** One market step per 100 ms at speed 1 (about 25 events/s). */
const STEP_MS = 100;
/** A simulated handshake, so the UI shows `connecting` before `connected` like a real feed. */
const HANDSHAKE_MS = 300;

/**
 * The built-in simulated feed. It runs whenever no source is configured, speaks its own JSON
 * wire protocol (demo-wire.ts) through the same normalize/store path as a real source, and
 * uses the shared reconnect supervisor for its state reporting.
 */
export class DemoSource implements Source {
  readonly kind = 'demo' as const;
  readonly demo = true;
  readonly id: string;
  readonly label: string;
  private readonly speed: number;
  private readonly seed: number;
  private supervisor: ConnectionSupervisor | undefined;

  constructor(profile: DemoProfile) {
    this.id = profile.id;
    this.label = profile.label;
    this.speed = profile.settings.speed;
    this.seed = profile.settings.seed ?? Math.floor(Math.random() * 2 ** 31);
  }

  start(context: SourceContext): void {
    // One market for the source's lifetime: a reconnect resumes the same simulated account.
    const market = new DemoMarket(seededRandom(this.seed));
    this.supervisor = new ConnectionSupervisor({
      onState: (change) => context.state(change),
      staleAfterMs: 5_000,
      open: (link) => {
        const handshake = setTimeout(() => {
          link.connected('simulated feed');
          stepper = setInterval(() => {
            const now = context.now();
            for (const message of market.step(now)) {
              link.alive();
              context.emit({ receivedAt: now, payload: JSON.stringify(message) });
            }
          }, STEP_MS / this.speed);
        }, HANDSHAKE_MS);
        let stepper: ReturnType<typeof setInterval> | undefined;
        return {
          close: () => {
            clearTimeout(handshake);
            if (stepper) clearInterval(stepper);
          },
        };
      },
    });
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    await this.supervisor?.stop();
    this.supervisor = undefined;
  }
}

export const demoSourceDefinition: SourceDefinition<DemoProfile> = {
  kind: 'demo',
  normalize: normalizeDemo,
  create: (profile) => new DemoSource(profile),
};

/** The profile used when nothing is configured. */
export const DEFAULT_DEMO_PROFILE: DemoProfile = { id: 'demo', kind: 'demo', label: 'Demo feed', enabled: true, settings: { speed: 1 } };
