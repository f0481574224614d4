package io.oes.cli.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The repository's Dockerfile, read instruction by instruction (no Docker needed). */
final class Dockerfile {

  /** One instruction, continuation lines joined: {@code FROM x AS y} → ("FROM", "x AS y"). */
  record Instruction(String keyword, String arguments) {}

  private final List<Instruction> instructions;

  private Dockerfile(List<Instruction> instructions) {
    this.instructions = instructions;
  }

  static Dockerfile read() throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(RepositoryFiles.path("Dockerfile"))) {
      if (pending.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
        continue;
      }
      pending.append(line.strip().replaceAll("\\\\$", "")).append(' ');
      if (!line.stripTrailing().endsWith("\\")) {
        String[] parts = pending.toString().strip().split("\\s+", 2);
        instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
        pending.setLength(0);
      }
    }
    return new Dockerfile(instructions);
  }

  /** The arguments of every instruction {@code keyword}, in order. */
  List<String> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments).toList();
  }

  /** The instructions of the last stage, its FROM first: what the image is made of. */
  List<Instruction> runtimeStage() {
    int last = 0;
    for (int i = 0; i < instructions.size(); i++) {
      last = instructions.get(i).keyword().equals("FROM") ? i : last;
    }
    return instructions.subList(last, instructions.size());
  }
}
