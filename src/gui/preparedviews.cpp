#include "preparedviews.h"

#include <thread>

PreparedViews PreparedViews::of(const Inventory &inventory, const FindingList &findings)
{
    // The two are independent and, on a large account, take a few hundred milliseconds: a
    // second core makes most of the findings' filter texts (the longer part) meanwhile.
    PreparedViews views;
    constexpr qsizetype worthAThread = 5000;
    if (findings.size() < worthAThread) {
        views.findings = FindingsModel::prepare(findings, inventory);
        views.tree = InventoryTreeModel::prepare(inventory, findings);
        views.datacenters = inventory.allDatacenters();
        return views;
    }
    const qsizetype split = findings.size() * 3 / 4;
    FilterTexts texts;
    std::thread second([&] { texts = FindingsModel::filterTexts(findings, 0, split); });
    views.tree = InventoryTreeModel::prepare(inventory, findings);
    views.datacenters = inventory.allDatacenters();
    second.join();
    views.findings = FindingsModel::prepare(findings, inventory, std::move(texts));
    return views;
}
