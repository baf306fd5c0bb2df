#include "preparedviews.h"

#include <thread>

PreparedViews PreparedViews::of(const Inventory &inventory, const FindingList &findings)
{
    // The two are independent: on a large account each takes a few hundred milliseconds, so
    // the findings' texts are made on a second core meanwhile.
    PreparedViews views;
    constexpr qsizetype worthAThread = 5000;
    if (findings.size() < worthAThread) {
        views.findings = FindingsModel::prepare(findings);
        views.tree = InventoryTreeModel::prepare(inventory, findings);
        return views;
    }
    std::thread findingsThread([&] { views.findings = FindingsModel::prepare(findings); });
    views.tree = InventoryTreeModel::prepare(inventory, findings);
    findingsThread.join();
    return views;
}
