package org.agendapack.source;

import java.util.List;

/** A dataset's name and its columns: the ones every file must have and the ones it may have. */
public record DatasetFormat(String name, List<String> required, List<String> optional) {

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

}
