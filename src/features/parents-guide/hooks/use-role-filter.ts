import { useSearchParams } from '@/lib/router';
import { parseFamilyRole } from '@/domain/family';
import type { FamilyRole } from '@/domain/schemas';

export const ROLE_PARAM = 'role';

/** The family review list's role filter, from the URL (`?role=parent|kid`; anything else = both). */
export function useRoleFilter(): [FamilyRole | null, (role: FamilyRole | null) => void] {
  const [params, setParams] = useSearchParams();
  const role = parseFamilyRole(params.get(ROLE_PARAM));
  return [role, (next) => setParams({ [ROLE_PARAM]: next })];
}
