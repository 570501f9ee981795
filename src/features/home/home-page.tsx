import { useDatabase } from '../../db/database-provider';
import { useAudience } from '../../db/preferences-repository';
import { useLatestPacks } from '../../db/use-packs';
import { Loading } from '../../ui/loading';
import { FirstRun } from './first-run';
import { HiringHome } from './hiring-home';
import { FounderHome } from './founder-home';
import { CandidateHome } from './candidate-home';

/** The first visit asks what the person came to do; after that, a home made for it. */
export function HomePage() {
  const db = useDatabase();
  const audience = useAudience(db);
  const packs = useLatestPacks();
  const kit = packs?.find((pack) => pack.source === 'shipped') ?? packs?.[0];
  if (audience === undefined) return <Loading label="Loading" />;
  if (audience === null) return <FirstRun kit={kit} />;
  if (audience === 'hiring') return <HiringHome kit={kit} />;
  if (audience === 'founder') return <FounderHome kit={kit} />;
  return <CandidateHome kit={kit} />;
}
