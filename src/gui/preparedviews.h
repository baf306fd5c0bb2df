#pragma once

#include "findingsmodel.h"
#include "inventorytreemodel.h"

// The window's models of one inventory and its audit, worked out where the audit ran (the
// InventoryLoader's thread), so that showing a large account only swaps them in.
struct PreparedViews
{
    InventoryTreeModel::Prepared tree;
    FindingsModel::Prepared findings;
    DatacenterList datacenters; // Inventory::allDatacenters: every instance of the account walked

    static PreparedViews of(const Inventory &inventory, const FindingList &findings);
};
