#pragma once
/**
 * @file sidebysidetitle.h
 * SideBySideTitle: how a side-by-side model is named on screen, "A · lr 0.03 · 4-2", from its id
 * and its setting, so the column title and the chart legend always say what differs.
 */
#include "workspacespec.h"

#include <QCoreApplication>
#include <QString>

class SideBySideTitle {
    Q_DECLARE_TR_FUNCTIONS(SideBySideTitle)
public:
    static QString text(const QString &id, const WorkspaceSpec &spec);
    /// Hidden layers as "4-2" (the notation of the lessons), or "no hidden layer".
    static QString hiddenText(const std::vector<int> &hidden);
    /// Parses "4, 2", "4-2" or "4 2" into layer sizes (each 1..8, at most 6 layers; empty text =
    /// no hidden layer); false on anything else.
    static bool parseHidden(const QString &text, std::vector<int> *hidden);
};
