#pragma once

#include "filtertexts.h"

// What a table that the filter box narrows (ServiceFilterProxyModel) tells of its rows, read
// without a QVariant per row: where each row's application and service are in the inventory, and
// so in its tree (-1: none), and the rows' own lower-case texts, if they have any.
class FilterableRows
{
public:
    virtual int inventoryApplicationOf(int row) const = 0;
    virtual int inventoryServiceOf(int row) const = 0;
    virtual const FilterTexts *ownFilterTexts() const { return nullptr; }

protected:
    ~FilterableRows() = default;
};
