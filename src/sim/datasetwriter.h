#pragma once

#include "dataset.h"

#include <QJsonObject>

// Writes a Dataset in the dataset file format that DatasetReader reads (used to save generated
// datasets and to check that reading and writing agree).
class DatasetWriter
{
public:
    static QJsonObject toJson(const Dataset &dataset);
    static QJsonObject toJson(const StatusUpdate &update);
    static QByteArray toBytes(const Dataset &dataset);
};
