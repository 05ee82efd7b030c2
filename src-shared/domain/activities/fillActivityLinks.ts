export type ActivityLinks = { dealId: string | null; companyId: string | null; contactId: string | null };

type Given = {
  dealId?: string | null | undefined;
  companyId?: string | null | undefined;
  contactId?: string | null | undefined;
};

/**
 * Links an activity from its context: logged on a deal, it is also about the deal's company and
 * contact; about a contact, it is also about the contact's company. A link given (even null, "none")
 * is kept; only links left out are filled.
 */
export const fillActivityLinks = (
  given: Given,
  deal: { companyId: string | null; contactId: string | null } | null,
  contactCompanyId: (contactId: string) => string | null,
): ActivityLinks => {
  const dealId = given.dealId ?? null;
  const contactId = given.contactId !== undefined ? given.contactId : (deal?.contactId ?? null);
  const companyId =
    given.companyId !== undefined
      ? given.companyId
      : (deal?.companyId ?? (contactId === null ? null : contactCompanyId(contactId)));
  return { dealId, companyId, contactId };
};
