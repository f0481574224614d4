package io.oes.cli.order;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The items of a batch file: a JSON array of objects, or CSV with a header row, each item a set
 * of named fields. A file that cannot be split into items (unreadable, not JSON, not an array,
 * a CSV header naming an unknown field, no items at all) is {@link Unusable} as a whole; an item
 * whose own content is wrong (a JSON item that is no object, a value that is an object or a
 * list, an unknown JSON field, a CSV row of the wrong width) carries its problem, so that item
 * alone is refused.
 *
 * <p>Field names are the API's, in the proto's snake_case ({@code client_order_id}) or in its
 * JSON camelCase ({@code clientOrderId}), in any letter case. JSON values may be strings,
 * numbers or booleans; {@code null} and an empty CSV cell leave the field unset.
 */
final class BatchFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The file's format, from {@code --format} or else its name and first character. */
  enum Format { JSON, CSV }

  /** The file as a whole cannot be read as items; the message says why. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * One item of the file.
   *
   * @param number its position in the file, from 1
   * @param where where it is, for messages: {@code item 3} or {@code line 4}
   * @param fields its fields by canonical name ({@link #canonical}), each with the name as
   *     written and the value as text
   * @param problem why the item cannot be sent, or null
   */
  record Item(int number, String where, Map<String, Field> fields, String problem) {

    /** The value of the field, or null when unset. */
    String value(String canonicalName) {
      Field field = fields.get(canonicalName);
      return field == null ? null : field.value();
    }

    /** The field's name as written in the file, or {@code fallback} when it is not there. */
    String nameOf(String canonicalName, String fallback) {
      Field field = fields.get(canonicalName);
      return field == null ? fallback : field.name();
    }
  }

  /** A field as written: its name and its value as text. */
  record Field(String name, String value) {}

  private BatchFile() {}

  /** The canonical form of a field name: lower case without underscores. */
  static String canonical(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The items of {@code file}.
   *
   * @param format the format, or null to tell it from the name ({@code .csv}) or the first
   *     character ({@code [} is JSON)
   * @param known the canonical names of the fields an item may have
   * @param fieldList the field names to list in messages
   */
  static List<Item> read(Path file, Format format, Set<String> known, String fieldList)
      throws Unusable {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new Unusable("is not UTF-8 text");
    } catch (IOException e) {
      throw new Unusable("cannot be read (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Format chosen = format != null ? format : formatOf(file, text);
    List<Item> items = chosen == Format.JSON ? json(text, known, fieldList)
        : csv(text, known, fieldList);
    if (items.isEmpty()) {
      throw new Unusable("holds no orders");
    }
    return items;
  }

  private static Format formatOf(Path file, String text) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    String start = text.stripLeading();
    return start.startsWith("[") || start.startsWith("{") ? Format.JSON : Format.CSV;
  }

  private static List<Item> json(String text, Set<String> known, String fieldList)
      throws Unusable {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new Unusable("is not valid JSON: " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw new Unusable("holds no orders");
    }
    if (!root.isArray()) {
      throw new Unusable("must hold a JSON array of orders, [{...}, ...], not a JSON "
          + root.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    List<Item> items = new ArrayList<>();
    for (JsonNode node : root) {
      int number = items.size() + 1;
      items.add(jsonItem(number, node, known, fieldList));
    }
    return items;
  }

  private static Item jsonItem(int number, JsonNode node, Set<String> known, String fieldList) {
    String where = "item " + number;
    Map<String, Field> fields = new LinkedHashMap<>();
    if (!node.isObject()) {
      return new Item(number, where, fields, "must be a JSON object of " + fieldList
          + ", not a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      String key = canonical(name);
      if (!known.contains(key)) {
        return new Item(number, where, fields, "field " + quoted(name) + " is not one of "
            + fieldList);
      }
      if (fields.containsKey(key)) {
        return new Item(number, where, fields, "field " + quoted(name) + " is given twice (as "
            + quoted(fields.get(key).name()) + " too)");
      }
      if (value.isContainerNode()) {
        return new Item(number, where, fields, "field " + quoted(name)
            + " must be a string, a number or a boolean, not a JSON "
            + value.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      if (value.isNull()) {
        continue;
      }
      String textValue = value.isNumber() ? value.decimalValue().toPlainString()
          : value.asText();
      fields.put(key, new Field(name, textValue));
    }
    return new Item(number, where, fields, null);
  }

  private static List<Item> csv(String text, Set<String> known, String fieldList)
      throws Unusable {
    List<CsvRecord> records = CsvRecord.parse(text);
    if (records.isEmpty()) {
      throw new Unusable("holds no orders");
    }
    CsvRecord header = records.getFirst();
    List<String> names = new ArrayList<>();
    for (String cell : header.cells()) {
      String name = cell.strip();
      String key = canonical(name);
      if (!known.contains(key)) {
        throw new Unusable("has the header column " + quoted(name) + " (line "
            + header.line() + "), which is not one of " + fieldList);
      }
      if (names.stream().anyMatch(other -> canonical(other).equals(key))) {
        throw new Unusable("names the column " + quoted(name) + " twice in its header");
      }
      names.add(name);
    }
    List<Item> items = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      int number = items.size() + 1;
      String where = "line " + record.line();
      Map<String, Field> fields = new LinkedHashMap<>();
      if (record.cells().size() != names.size()) {
        items.add(new Item(number, where, fields, "has " + record.cells().size()
            + " cells where the header has " + names.size() + " columns"));
        continue;
      }
      for (int i = 0; i < names.size(); i++) {
        String value = record.cells().get(i).strip();
        if (!value.isEmpty()) {
          fields.put(canonical(names.get(i)), new Field(names.get(i), value));
        }
      }
      items.add(new Item(number, where, fields, null));
    }
    return items;
  }

  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** One CSV record: its cells and the line it starts on. */
  record CsvRecord(int line, List<String> cells) {

    /**
     * The records of {@code text} (RFC 4180: commas, double quotes around a cell that holds
     * commas, quotes or line breaks, a quote inside written twice); blank lines are skipped.
     */
    static List<CsvRecord> parse(String text) throws Unusable {
      List<CsvRecord> records = new ArrayList<>();
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int line = 1;
      int start = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
          continue;
        }
        switch (c) {
          case '"' -> {
            quoted = true;
            any = true;
          }
          case ',' -> {
            cells.add(cell.toString());
            cell.setLength(0);
            any = true;
          }
          case '\r' -> { }
          case '\n' -> {
            end(records, cells, cell, any, start);
            cells = new ArrayList<>();
            any = false;
            line++;
            start = line;
          }
          default -> {
            cell.append(c);
            any |= !Character.isWhitespace(c);
          }
        }
      }
      if (quoted) {
        throw new Unusable("is not valid CSV: the quoted cell starting on line " + start
            + " is never closed");
      }
      end(records, cells, cell, any, start);
      return records;
    }

    private static void end(List<CsvRecord> records, List<String> cells, StringBuilder cell,
        boolean any, int line) {
      if (!any && cells.isEmpty()) {
        cell.setLength(0);
        return;
      }
      cells.add(cell.toString());
      cell.setLength(0);
      records.add(new CsvRecord(line, List.copyOf(cells)));
    }
  }
}
