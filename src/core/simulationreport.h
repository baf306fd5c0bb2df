#pragma once

#include "zonesimulation.h"

#include <QByteArray>
#include <QCoreApplication>

// `simulate --format text|json`: what a failure leaves of every application.
class SimulationReport
{
    Q_DECLARE_TR_FUNCTIONS(SimulationReport)

public:
    static QByteArray json(const SimulationResult &result); // the contract of docs/cli.md
    static QByteArray text(const SimulationResult &result);
};
