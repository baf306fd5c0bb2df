#pragma once

#include "inventory.h"

#include <QChartView>
#include <QSet>

class QBarCategoryAxis;
class QStackedBarSeries;
class QBarSet;

// Instances per datacenter as stacked bars: one stack per service of the chosen application, or
// one per application of the account when none is chosen. Every datacenter the platform offers is
// a category, even an empty one, so that an empty zone is visible as such.
class PlacementChartView : public QChartView
{
    Q_OBJECT

public:
    // Large accounts: the biggest applications get their own stack, the rest are summed up. Seven
    // own colours and the grey of the rest: the palette has no more that stay apart.
    static constexpr int maxApplicationSets = 8;

    explicit PlacementChartView(QWidget *parent = nullptr);

    void setInventory(const Inventory &inventory, const QString &application = QString());
    // The same, with the inventory's datacenters (Inventory::allDatacenters, which walks every
    // instance) already worked out.
    void setInventory(const Inventory &inventory, const QString &application,
                      const DatacenterList &datacenters);
    void setAffected(const QSet<QString> &appSlashService);

    // Built now if it was left for later (see rebuild).
    QStackedBarSeries *series();
    QStringList categories();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Builds the chart anew, or, while it is hidden behind another tab, when it is shown: the
    // filter and the linked selection change the application on every keystroke.
    void rebuild();
    void build();
    void applyPalette();
    // The datacenters' names slanted when they would not fit under their stacks side by side
    // (four zones on a 1024-pixel-wide window), level when they do.
    void fitAxisLabels();
    void showBarToolTip(bool status, int index, QBarSet *set);

    Inventory m_inventory;
    QString m_application;
    QSet<QString> m_affected;
    QStackedBarSeries *m_series = nullptr;
    QList<QBarSet *> m_affectedSets;
    QBarSet *m_restSet = nullptr; // "n other applications", grey
    QStringList m_setNames;       // the labels as plain text, for tooltips
    QStringList m_categories;
    QStringList m_axisLabels; // what the axis shows under each stack, as plain text
    QBarCategoryAxis *m_axisX = nullptr;
    DatacenterList m_datacenters; // m_inventory's
    bool m_stale = false;         // rebuilt while hidden: built when shown
};
