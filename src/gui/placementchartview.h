#pragma once

#include "inventory.h"

#include <QChartView>
#include <QSet>

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
    void setAffected(const QSet<QString> &appSlashService);

    QStackedBarSeries *series() const { return m_series; }
    QStringList categories() const { return m_categories; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void showBarToolTip(bool status, int index, QBarSet *set);

    Inventory m_inventory;
    QString m_application;
    QSet<QString> m_affected;
    QStackedBarSeries *m_series = nullptr;
    QList<QBarSet *> m_affectedSets;
    QBarSet *m_restSet = nullptr; // "n other applications", grey
    QStringList m_setNames;       // the labels as plain text, for tooltips
    QStringList m_categories;
};
