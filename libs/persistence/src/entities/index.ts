import { CasePartyEntity } from './case-party.entity';
import { CaseEntity } from './case.entity';
import { CommuneEntity } from './commune.entity';
import { OrganisationEntity } from './organisation.entity';
import { SectorEntity } from './sector.entity';
import { TrackingSequenceEntity } from './tracking-sequence.entity';
import { UserEntity } from './user.entity';

export {
  CasePartyEntity,
  CaseEntity,
  CommuneEntity,
  OrganisationEntity,
  SectorEntity,
  TrackingSequenceEntity,
  UserEntity,
};
export type { PartyRole } from './case-party.entity';

/** Every entity of the schema: the app and the migration CLI share this list. */
export const ENTITIES = [
  CommuneEntity,
  SectorEntity,
  OrganisationEntity,
  UserEntity,
  CaseEntity,
  CasePartyEntity,
  TrackingSequenceEntity,
];
