#pragma once

#include "command.h"

#include <QCoreApplication>

// `scaling-advisor snapshot`: saves an account's whole inventory to a file, for offline audits and
// for support staff who receive a customer's snapshot.
class SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)

public:
    static int run(const Command &command);
};
