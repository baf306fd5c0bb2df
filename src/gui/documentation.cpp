#include "documentation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Documentation {

QStringList searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("SA_DOC_DIR");
    if (!fromEnvironment.isEmpty())
        folders.append(fromEnvironment);
#ifdef SA_INSTALLED_DOC_DIR
    folders.append(QStringLiteral(SA_INSTALLED_DOC_DIR));
#endif
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &d : data)
        folders.append(d + u"/doc/scaling-advisor"_s);
#ifdef SA_SOURCE_DOC_DIR
    folders.append(QStringLiteral(SA_SOURCE_DOC_DIR));
#endif
    folders.removeDuplicates();
    return folders;
}

QUrl userGuideUrl()
{
    static const QStringList names{u"user-guide.html"_s,      u"user-guide/index.html"_s,
                                   u"user-guide.pdf"_s,       u"user-guide.md"_s,
                                   u"user-guide/README.md"_s, u"user-guide/index.md"_s};
    for (const QString &folder : searchFolders())
        for (const QString &name : names) {
            const QFileInfo file(folder + u'/' + name);
            if (file.isFile())
                return QUrl::fromLocalFile(file.absoluteFilePath());
        }
    for (const QString &resource : {u":/docs/user-guide.html"_s, u":/docs/user-guide.md"_s})
        if (QFileInfo::exists(resource))
            return QUrl(u"qrc"_s + resource);
    return {};
}

QUrl ruleUrl(const QString &docLink)
{
    if (docLink.isEmpty())
        return {};
    const QUrl link(docLink);
    if (!link.isRelative())
        return link;
    // "docs/rules.md#rule": the file beside the other documents, with the rule's anchor.
    const QString file = QFileInfo(link.path()).fileName();
    for (const QString &folder : searchFolders()) {
        const QFileInfo candidate(folder + u'/' + file);
        if (candidate.isFile()) {
            QUrl url = QUrl::fromLocalFile(candidate.absoluteFilePath());
            url.setFragment(link.fragment());
            return url;
        }
    }
    return {};
}

} // namespace Documentation
