#pragma once

#include "record/ExchangeRecord.h"

#include <QRandomGenerator>

#include <functional>

namespace mygpt::storebench {

// Realistic records for the store benchmark: a mix of models, endpoints and outcomes,
// Chinese and English prompts and answers of 100-3000 characters, SSE streams chunked by
// token, and a few planted phrases whose frequency is known (see searchTerms()).
class RecordFactory final
{
public:
    explicit RecordFactory(quint32 seed);
    // Record `n` of `total`, received in order over the last `days` days.
    ExchangeRecord make(int n, int total, int days);

private:
    QString text(bool chinese, int chars);

    QRandomGenerator m_rng;
    QDateTime m_start;
};

struct SearchTerm
{
    QString text;
    const char *frequency; // as planted
};
QList<SearchTerm> searchTerms();

// Wall time of f() in milliseconds.
double msOf(const std::function<void()> &f);

} // namespace mygpt::storebench
