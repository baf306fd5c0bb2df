#include "account.h"

using namespace Qt::StringLiterals;

QString Account::secretKey() const
{
    return u"account/"_s + name;
}

QString Account::cacheUser() const
{
    const QString who = username.isEmpty() ? name : username;
    return customer.isEmpty() ? who : QString(who + u"@"_s + customer);
}
