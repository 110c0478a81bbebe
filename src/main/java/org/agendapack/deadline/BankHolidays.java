package org.agendapack.deadline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/** The bank holidays of England and Wales, from a CSV file (date,name) a governance team can update. */
public record BankHolidays(Set<LocalDate> dates, LocalDate first, LocalDate last) {

    public static BankHolidays read(Path file) {
        try (Reader in = Files.newBufferedReader(file);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).withSkipLines(1).build()) {
            Set<LocalDate> dates = new TreeSet<>();
            for (String[] row : csv.readAll()) {
                if (row.length > 0 && !row[0].isBlank()) {
                    dates.add(LocalDate.parse(row[0].strip()));
                }
            }
            TreeSet<LocalDate> sorted = new TreeSet<>(dates);
            return new BankHolidays(Set.copyOf(dates), sorted.first(), sorted.last());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank holidays file " + file, e);
        } catch (CsvException e) {
            throw new IllegalArgumentException("The bank holidays file " + file + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5 && !dates.contains(day);
    }

    /** True if the file lists the year of this date (a deadline in a year it does not cover cannot be trusted). */
    public boolean covers(LocalDate day) {
        return day.getYear() >= first.getYear() && day.getYear() <= last.getYear();
    }
}
