#pragma once
/**
 * @file workspacewriter.h
 * Turns a WorkspaceState into the JSON object of a .nlw file (docs/FILEFORMAT.md). Every number
 * is written so it reads back exactly: weights and moments are floats (a double holds each one
 * exactly), losses doubles (Qt writes the shortest text that reads back to the same double),
 * seeds and generator words as text (a JSON number holds only 53 bits).
 */
#include "workspacestate.h"

#include <QJsonObject>

class WorkspaceWriter {
public:
    static QJsonObject toJson(const WorkspaceState &state);
};
