#pragma once

#include "inventory.h"
#include "zonesimulation.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

// "What if this fails?": pick a datacenter, host, region or provider; see the surviving and lost
// instances of every hit service, which applications go down or degrade, and the worst single
// datacenter of each application.
class WhatIfView : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfView(QWidget *parent = nullptr);

    // The inventory's datacenters (Inventory::allDatacenters) when already worked out.
    void setInventory(const Inventory &inventory, const DatacenterList &datacenters);
    void setInventory(const Inventory &inventory);
    // Selects the kind and target in the combo boxes and runs the simulation.
    void simulate(FailureKind kind, const QString &name);
    const SimulationResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    QStringList targets() const; // the choices for the current kind

    QTreeWidget *applicationsTree() const { return m_tree; }
    QChartView *chartView() const { return m_chartView; }
    // Shown instead of the chart while there is nothing to draw (no simulation yet, or no
    // service loses an instance): empty axes would read as a result.
    QLabel *chartPlaceholder() const { return m_chartPlaceholder; }
    bool isChartShown() const;
    QString summaryText() const;

    static QString survivalWord(Survival s);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTargets();
    void retranslate();
    void runSelected();
    void showResult();
    void showChart();
    FailureKind currentKind() const;

    Inventory m_inventory;
    DatacenterList m_datacenters; // m_inventory's
    SimulationResult m_result;
    bool m_hasResult = false;
    QLabel *m_failLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chartView = nullptr;
    QScrollArea *m_chartScroll = nullptr;
    QLabel *m_chartPlaceholder = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    QTreeWidget *m_tree = nullptr;
};
