#pragma once

#include "dataset.h"

// Builds a synthetic dataset for benchmarks and load tests: `applications` applications of one
// developer, with a realistic mix of flavors, service types, instance counts and placements (some
// well spread, some piled into one zone or onto one host, a few instances down). The same
// arguments always give the same dataset.
class DatasetGenerator
{
public:
    static Dataset generate(int applications, quint32 seed);
};
