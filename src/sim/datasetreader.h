#pragma once

#include "dataset.h"
#include "result.h"

#include <QByteArray>

// Reads a dataset file (docs/api.md, "The dataset file") strictly: every refusal names the place,
// e.g. `users[0].applications[2].services[1].instances[0].datacenter: "Amazon-eu-west-9z" is not a
// declared datacenter`. Objects are read with the Platform API node readers of src/core, so the
// dataset and the wire share one definition of each object.
class DatasetReader
{
public:
    // Datasets above this are refused before parsing.
    static constexpr qint64 maxBytes = 256 * 1024 * 1024;

    static Result<Dataset> read(const QByteArray &bytes);
    static Result<Dataset> readFile(const QString &fileName);
};
