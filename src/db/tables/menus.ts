/** Conditional menus (per tag / per region), follower tags and citizens' home region. Row types; see ../schema.ts for the conventions. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the domain's migration
export interface MenuVariantTables {}
