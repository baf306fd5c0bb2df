#include "findingsmodel.h"
#include "guitestdata.h"
#include "instancetablemodel.h"
#include "inventoryfilterproxymodel.h"
#include "inventorytreemodel.h"
#include "longtextdelegate.h"
#include "rulesengine.h"
#include "servicefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <QStandardItemModel>

#include <thread>

using namespace Qt::StringLiterals;

namespace {
// The text a cell would be painted with (initStyleOption is protected).
class CellText : public LongTextDelegate
{
public:
    QString of(const QString &text, int width) const
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), text);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, width, 20);
        option.fontMetrics = QFontMetrics(QFont());
        initStyleOption(&option, model.index(0, 0));
        return option.text;
    }
};
} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private:
    Inventory m_inv = GuiTestData::inventory();
    AuditReport m_audit = RulesEngine().audit(m_inv);

    static QStringList visibleServices(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int a = 0; a < model.rowCount(); ++a) {
            const QModelIndex app = model.index(a, 0);
            for (int s = 0; s < model.rowCount(app); ++s)
                out.append(app.data().toString() + u'/' + model.index(s, 0, app).data().toString());
        }
        return out;
    }

    // The tree, the findings and their filtering proxy over one account, wired as the window
    // wires them, the proxy under QAbstractItemModelTester.
    struct FilteredFindings
    {
        InventoryTreeModel tree;
        FindingsModel findings;
        ServiceFilterProxyModel proxy;
        QAbstractItemModelTester tester{&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};

        FilteredFindings(const Inventory &inv, const AuditReport &audit)
        {
            tree.setInventory(inv, audit.findings);
            findings.setFindings(audit.findings, inv);
            proxy.setSourceModel(&findings);
            proxy.setSortRole(FindingsModel::SortRole);
            proxy.setTreeModel(&tree);
        }
    };

    // The tree's proxy beside the findings', both checked by a tester meanwhile.
    struct FilteredTreeAndFindings : FilteredFindings
    {
        InventoryFilterProxyModel treeProxy;
        QAbstractItemModelTester treeTester{&treeProxy,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest};

        FilteredTreeAndFindings(const Inventory &inv, const AuditReport &audit)
            : FilteredFindings(inv, audit)
        {
            treeProxy.setSourceModel(&tree);
        }
        void setFilterWords(const QString &words)
        {
            treeProxy.setFilterWords(words);
            proxy.setFilterWords(words);
        }
    };

    // Every row's texts and roles, in tree order, for comparing two models.
    static QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            for (int c = 0; c < model.columnCount(parent); ++c) {
                const QModelIndex idx = model.index(r, c, parent);
                QStringList cell;
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), Qt::UserRole + 1,
                                 Qt::UserRole + 2, Qt::UserRole + 3, Qt::UserRole + 4})
                    cell.append(idx.data(role).toString());
                out.append(cell.join(u'|'));
            }
            out += dump(model, model.index(r, 0, parent));
        }
        return out;
    }

private slots:
    // The loader prepares the models' rows in its own thread; the window swaps them in. What is
    // shown must be what the window would have worked out itself.
    void rowsPreparedInAnotherThreadShowTheSame()
    {
        InventoryTreeModel::Prepared tree;
        FindingsModel::Prepared findings;
        std::thread other([&] {
            tree = InventoryTreeModel::prepare(m_inv, m_audit.findings);
            findings = FindingsModel::prepare(m_audit.findings, m_inv);
        });
        other.join();

        InventoryTreeModel direct, swapped;
        QAbstractItemModelTester treeTester(&swapped,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        direct.setInventory(m_inv, m_audit.findings);
        swapped.setPrepared(std::move(tree));
        QCOMPARE(swapped.rowCount(), 4);
        QCOMPARE(dump(swapped), dump(direct));
        QCOMPARE(swapped.indexOf(u"shop"_s, u"db"_s).row(),
                 direct.indexOf(u"shop"_s, u"db"_s).row());
        QCOMPARE(swapped.filterText(u"shop"_s, u"www"_s), direct.filterText(u"shop"_s, u"www"_s));

        FindingsModel directFindings, swappedFindings;
        QAbstractItemModelTester findingsTester(
            &swappedFindings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        directFindings.setFindings(m_audit.findings, m_inv);
        swappedFindings.setPrepared(std::move(findings));
        QVERIFY(swappedFindings.rowCount() > 0);
        QCOMPARE(dump(swappedFindings), dump(directFindings));
        QCOMPARE(swappedFindings.rowsOf(u"shop"_s, u"www"_s),
                 directFindings.rowsOf(u"shop"_s, u"www"_s));

        // A large account's first texts come from a second core; the rest are made after them.
        const qsizetype split = m_audit.findings.size() / 2;
        FindingsModel joined;
        joined.setPrepared(FindingsModel::prepare(
            m_audit.findings, m_inv, FindingsModel::filterTexts(m_audit.findings, 0, split)));
        QCOMPARE(dump(joined), dump(directFindings));
        QVERIFY(split > 0);
        for (int r = 0; r < joined.rowCount(); ++r)
            QCOMPARE(joined.ownFilterTexts()->text(r), directFindings.ownFilterTexts()->text(r));
    }

    // The filter finds a finding's service by where it is in the inventory, which is where the
    // tree shows it: each position must name the finding's own application and service.
    void findingsKnowWhereTheirServicesAre()
    {
        FindingsModel model;
        model.setFindings(m_audit.findings, m_inv);
        QVERIFY(model.rowCount() > 0);
        int services = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const Finding *f = model.finding(r);
            const int a = model.inventoryApplicationOf(r);
            const int s = model.inventoryServiceOf(r);
            if (f->application.isEmpty()) {
                QCOMPARE(a, -1);
                continue;
            }
            QVERIFY2(a >= 0, qPrintable(f->application));
            QCOMPARE(m_inv.applications.at(a).name, f->application);
            if (f->service.isEmpty()) {
                QCOMPARE(s, -1);
            } else {
                QCOMPARE(m_inv.applications.at(a).services.at(s).name, f->service);
                ++services;
            }
        }
        QVERIFY(services > 0);
        QCOMPARE(model.inventoryApplicationOf(model.rowCount()), -1);
    }

    // The views' current row is a persistent index: typing keeps it on the same finding while
    // the finding stays, and drops it when the finding is filtered out; it never lands on
    // another finding.
    void currentFindingFollowsThroughTheFilter()
    {
        FilteredFindings f(m_inv, m_audit);
        auto &[tree, findings, proxy, tester] = f; // tester: checks the proxy meanwhile
        proxy.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        const QList<int> dbRows = findings.rowsOf(u"shop"_s, u"db"_s);
        QVERIFY(!dbRows.isEmpty());
        const int sourceRow = dbRows.first();
        selection.setCurrentIndex(proxy.mapFromSource(findings.index(sourceRow, 0)),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (const QString &words :
             {u"s"_s, u"sh"_s, u"shop"_s, u"sho"_s, u""_s, u"m"_s, u"mysql"_s}) {
            proxy.setFilterWords(words);
            QVERIFY2(selection.currentIndex().isValid(), qPrintable(words));
            QCOMPARE(proxy.mapToSource(selection.currentIndex()).row(), sourceRow);
            QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
        }
        proxy.setFilterWords(u"blog"_s);
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(!selection.hasSelection());
        // And the table is still sorted worst first under the filter.
        int last = 1000;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int key = proxy.index(r, 0).data(FindingsModel::SortRole).toInt();
            QVERIFY(key <= last);
            last = key;
        }
    }

    // A message is cut to what its cell can show before the style elides it: still wider than
    // the cell, so the style's own "…" decides the end; never half a character; a short text
    // whole.
    void longTextsAreCutToTheirCell()
    {
        const CellText cell;
        const QString message =
            u"The service shop/db runs one instance in one zone; "_s.repeated(20);
        const int width = 120;
        const QString cut = cell.of(message, width);
        QVERIFY(cut.size() < message.size());
        QVERIFY(cut.endsWith(u'…'));
        QVERIFY(message.startsWith(cut.chopped(1)));
        QVERIFY(QFontMetrics(QFont()).horizontalAdvance(cut) > width);
        QCOMPARE(cell.of(u"short"_s, width), u"short"_s);
        // Astral characters are two UTF-16 units: a cut never splits one.
        const QString rockets = QString(u"🚀"_s).repeated(200);
        const QString cutRockets = cell.of(rockets, width);
        QVERIFY(cutRockets.size() < rockets.size());
        QVERIFY(!cutRockets.chopped(1).back().isHighSurrogate());
        // Asked for a size (no cell yet): the whole text.
        QCOMPARE(cell.of(message, 0), message);
    }

    void treeModelPassesTester()
    {
        InventoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(m_inv, m_audit.findings);
        model.setAffected({u"shop/db"_s});
        model.setInventory(Inventory{}, {});
        model.setInventory(m_inv, m_audit.findings);
        QCOMPARE(model.rowCount(), 4);
    }

    void treeShowsSeverityWordsAndIcons()
    {
        InventoryTreeModel model;
        model.setInventory(m_inv, m_audit.findings);
        const QModelIndex www = model.indexOf(u"shop"_s, u"www"_s);
        QVERIFY(www.isValid());
        const QModelIndex sev = www.siblingAtColumn(InventoryTreeModel::SeverityColumn);
        QCOMPARE(sev.data().toString(), u"Danger"_s);
        QVERIFY(!sev.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(www.siblingAtColumn(InventoryTreeModel::KindColumn).data().toString(),
                 u"python"_s);
        const QModelIndex shop = model.indexOf(u"shop"_s);
        QCOMPARE(shop.siblingAtColumn(InventoryTreeModel::KindColumn).data().toString(), u"live"_s);
        // The healthy web service reads OK, in words.
        const QModelIndex web = model.indexOf(u"api"_s, u"web"_s);
        QCOMPARE(web.siblingAtColumn(InventoryTreeModel::SeverityColumn).data().toString(),
                 u"OK"_s);
    }

    void filterKeepsOnlyMatchingServices()
    {
        InventoryTreeModel model;
        model.setInventory(m_inv, m_audit.findings);
        InventoryFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(visibleServices(proxy).size(), 6);
        proxy.setFilterWords(u"mysql"_s);
        QCOMPARE(visibleServices(proxy), QStringList{u"shop/db"_s});
        proxy.setFilterWords(u"sandbox"_s);
        QCOMPARE(visibleServices(proxy), QStringList{u"blog/www"_s});
        proxy.setFilterWords(u"danger"_s);
        QVERIFY(visibleServices(proxy).contains(u"shop/www"_s));
        QVERIFY(!visibleServices(proxy).contains(u"api/web"_s));
        proxy.setFilterWords(u"api"_s); // an application's name keeps all its services
        QCOMPARE(visibleServices(proxy), (QStringList{u"api/web"_s, u"api/cache"_s}));
        proxy.setFilterWords(QString());
        QCOMPARE(visibleServices(proxy).size(), 6);
    }

    void findingsFollowTheTreeFilter_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("services"); // "app/service" of the findings left
        QTest::newRow("none") << QString() << QStringList();
        QTest::newRow("service type") << u"mysql"_s << QStringList{u"shop/db"_s};
        QTest::newRow("application keeps its services") << u"shop"_s << QStringList();
        QTest::newRow("rule of the finding") << u"sandbox-flavor"_s << QStringList{u"blog/"_s};
        QTest::newRow("nothing") << u"no-such-word"_s << QStringList();
    }

    void findingsFollowTheTreeFilter()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, services);
        FilteredFindings f(m_inv, m_audit);
        auto &[tree, findings, proxy, tester] = f; // tester: checks the proxy meanwhile
        proxy.setFilterWords(words);
        QStringList left;
        for (int r = 0; r < proxy.rowCount(); ++r)
            left.append(proxy.index(r, 0).data(FindingsModel::ApplicationRole).toString() + u'/' +
                        proxy.index(r, 0).data(FindingsModel::ServiceRole).toString());
        if (words.isEmpty()) {
            QCOMPARE(proxy.rowCount(), findings.rowCount());
        } else if (words == u"shop"_s) {
            QVERIFY(!left.isEmpty());
            for (const QString &key : left)
                QVERIFY2(key.startsWith(u"shop/"_s), qPrintable(key));
        } else {
            left.removeDuplicates();
            QCOMPARE(left, services);
        }
    }

    void typingNarrowsAndErasingWidensAsAFreshFilter()
    {
        // A character added re-tests only the earlier matches; a character erased, everything:
        // each step shows what a fresh filter with those words shows, in every proxy.
        FilteredTreeAndFindings f(m_inv, m_audit);
        InventoryTreeModel &tree = f.tree;
        FindingsModel &findings = f.findings;
        ServiceFilterProxyModel &proxy = f.proxy;
        InventoryFilterProxyModel &treeProxy = f.treeProxy;
        const auto findingKeys = [](const QAbstractItemModel &m) {
            QStringList keys;
            for (int r = 0; r < m.rowCount(); ++r)
                keys.append(m.index(r, 0).data(FindingsModel::ApplicationRole).toString() + u'/' +
                            m.index(r, 0).data(FindingsModel::ServiceRole).toString() + u'/' +
                            m.index(r, FindingsModel::RuleColumn).data().toString());
            return keys;
        };
        // "d", "s": rows the tree's match keeps while their own texts were not looked at, which
        // "da…" and "si…" then keep by their own texts (the severity, the rule) or drop.
        const QStringList typed{u"s"_s,      u"sh"_s,     u"sho"_s,    u"shop"_s,     u"shop "_s,
                                u"shop d"_s, u"shop"_s,   u"sho"_s,    u"m"_s,        u"my"_s,
                                u"mysql"_s,  u"mysqlx"_s, u"mysql"_s,  QString(),     u"d"_s,
                                u"da"_s,     u"dan"_s,    u"danger"_s, QString(),     u"s"_s,
                                u"si"_s,     u"sin"_s,    u"sing"_s,   u"single-h"_s, QString()};
        for (const QString &words : typed) {
            f.setFilterWords(words);
            InventoryFilterProxyModel freshTree;
            freshTree.setSourceModel(&tree);
            freshTree.setFilterWords(words);
            ServiceFilterProxyModel fresh;
            fresh.setSourceModel(&findings);
            fresh.setTreeModel(&tree);
            fresh.setFilterWords(words);
            QCOMPARE(visibleServices(treeProxy), visibleServices(freshTree));
            QCOMPARE(findingKeys(proxy), findingKeys(fresh));
        }
        QCOMPARE(proxy.rowCount(), findings.rowCount());
        QCOMPARE(visibleServices(treeProxy).size(), 6);
    }

    void wordsThatKeepTheRowsLeaveTheViewsAlone()
    {
        // "mysq" → "mysql" shows the same rows: neither proxy lays its views out again (their
        // expanded rows, scroll positions and painted texts stay); "mysqlx" shows none.
        FilteredTreeAndFindings f(m_inv, m_audit);
        f.setFilterWords(u"mysq"_s);
        const QStringList services = visibleServices(f.treeProxy);
        const int findingRows = f.proxy.rowCount();
        QVERIFY(!services.isEmpty());
        QVERIFY(findingRows > 0);

        QSignalSpy treeLaidOut(&f.treeProxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy findingsLaidOut(&f.proxy, &QAbstractItemModel::layoutChanged);
        QVERIFY(!f.treeProxy.wouldChangeRows(u"mysql"_s));
        f.setFilterWords(u"mysql"_s);
        QCOMPARE(treeLaidOut.count(), 0);
        QCOMPARE(findingsLaidOut.count(), 0);
        QCOMPARE(visibleServices(f.treeProxy), services);
        QCOMPARE(f.proxy.rowCount(), findingRows);

        QVERIFY(f.treeProxy.wouldChangeRows(u"mysqlx"_s));
        f.setFilterWords(u"mysqlx"_s);
        QCOMPARE(treeLaidOut.count(), 1);
        QCOMPARE(findingsLaidOut.count(), 1);
        QCOMPARE(f.treeProxy.rowCount(), 0);
        QCOMPARE(f.proxy.rowCount(), 0);
        // Every row again, and the same rows filtered afresh.
        QVERIFY(f.treeProxy.wouldChangeRows(QString()));
        f.setFilterWords(QString());
        QCOMPARE(f.proxy.rowCount(), f.findings.rowCount());
        QCOMPARE(f.treeProxy.rowCount(), f.tree.rowCount());
    }

    void findingsSortWorstFirstKeepingTheImpactOrder()
    {
        // Sorted by severity either way, equal severities keep the audit's (impact) order, as
        // before a filter; the filter does not change the order of what it keeps.
        FilteredFindings f(m_inv, m_audit);
        auto &[tree, findings, proxy, tester] = f; // tester: checks the proxy meanwhile
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            proxy.sort(FindingsModel::SeverityColumn, order);
            int lastKey = order == Qt::DescendingOrder ? 1000 : -1;
            int lastSourceRow = -1;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                const QModelIndex idx = proxy.index(r, FindingsModel::SeverityColumn);
                const int key = idx.data(FindingsModel::SortRole).toInt();
                const int sourceRow = proxy.mapToSource(idx).row();
                QVERIFY(order == Qt::DescendingOrder ? key <= lastKey : key >= lastKey);
                if (key == lastKey)
                    QVERIFY(sourceRow > lastSourceRow);
                lastKey = key;
                lastSourceRow = sourceRow;
            }
        }
        proxy.sort(FindingsModel::ApplicationColumn, Qt::AscendingOrder);
        QString lastApp;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QString app = proxy.index(r, FindingsModel::ApplicationColumn).data().toString();
            QVERIFY2(app >= lastApp, qPrintable(app + u" after "_s + lastApp));
            lastApp = app;
        }
    }

    void findingsModelShowsSeverityWords()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(m_audit.findings, m_inv);
        QVERIFY(model.rowCount() > 0);
        QSet<QString> words;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex idx = model.index(r, FindingsModel::SeverityColumn);
            words.insert(idx.data().toString());
            QVERIFY(!idx.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QVERIFY(words.contains(u"Danger"_s));
        Finding exempt = m_audit.findings.first();
        exempt.exempt = true;
        exempt.exemptReason = u"accepted"_s;
        model.setFindings({exempt}, m_inv);
        QVERIFY(
            model.index(0, FindingsModel::SeverityColumn).data().toString().contains(u"exempt"_s));
    }

    void remoteMarkupStaysLiteral()
    {
        InventoryTreeModel tree;
        tree.setInventory(m_inv, m_audit.findings);
        const QModelIndex evil = tree.indexOf(GuiTestData::markupApp);
        QVERIFY(evil.isValid());
        QCOMPARE(evil.data().toString(), GuiTestData::markupApp);
        FindingsModel findings;
        findings.setFindings(m_audit.findings, m_inv);
        bool found = false;
        for (int r = 0; r < findings.rowCount(); ++r)
            found =
                found || findings.index(r, FindingsModel::ApplicationColumn).data().toString() ==
                             GuiTestData::markupApp;
        QVERIFY(found);
    }

    void instanceTable()
    {
        InstanceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(m_inv, u"api"_s);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, InstanceTableModel::InstanceColumn).data().toString(), u"web.0"_s);
        QCOMPARE(model.index(1, InstanceTableModel::DatacenterColumn).data().toString(),
                 GuiTestData::dcB);
        QCOMPARE(model.index(1, InstanceTableModel::HostColumn).data().toString(), u"node-4"_s);
        QCOMPARE(model.index(1, InstanceTableModel::StatusColumn).data().toString(), u"up"_s);
        model.setInventory(m_inv);
        QCOMPARE(model.rowCount(), m_inv.instanceCount());
        QCOMPARE(model.index(0, 0).data().toString(), u"shop/www.0"_s);
        // The rows point into the model's own share of the inventory: the caller's copy may
        // change or go.
        {
            Inventory passing = GuiTestData::inventory();
            model.setInventory(passing, u"api"_s);
            passing.applications.clear();
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, InstanceTableModel::HostColumn).data().toString(), u"node-4"_s);
        QCOMPARE(model.index(1, 0).data(InstanceTableModel::ServiceRole).toString(), u"web"_s);
    }

    // Status and role come in the words of the findings (RulesEngine's); a status this version
    // does not know is shown as visible text, never with the raw control characters a hostile
    // server sent.
    void instanceStatusAndRoleWords()
    {
        Inventory inv;
        inv.applications = {m_inv.applications.at(0)};
        inv.applications[0].services = {m_inv.applications.at(0).services.at(0)};
        Service &db = inv.applications[0].services[0];
        QVERIFY(db.instances.size() >= 1);
        db.instances.resize(2);
        db.instances[0].role = u"master"_s;
        db.instances[0].status = u"down"_s;
        db.instances[1].role = u"slave"_s;
        db.instances[1].status = u"rebooting\x1b[31m"_s;
        InstanceTableModel model;
        model.setInventory(inv, inv.applications[0].name);
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, InstanceTableModel::RoleColumn), RulesEngine::roleWord(u"master"_s));
        QCOMPARE(cell(0, InstanceTableModel::RoleColumn), u"master"_s);
        QCOMPARE(cell(0, InstanceTableModel::StatusColumn), u"down"_s);
        QCOMPARE(cell(1, InstanceTableModel::RoleColumn), u"slave"_s);
        const QString shown = cell(1, InstanceTableModel::StatusColumn);
        QVERIFY2(shown.startsWith(u"rebooting"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(QChar(0x1b)), qPrintable(shown));
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
