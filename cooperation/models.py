# Delegations, agreements, partners and projects arrive with the cooperation issue.
