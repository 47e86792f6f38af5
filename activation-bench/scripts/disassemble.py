#!/usr/bin/env python3
"""Disassembles the C2-compiled methods in a HotSpot -XX:+PrintAssembly log printed without hsdis.

Without the hsdis plugin, HotSpot prints each compiled method's code as hex words. This script
gathers the bytes of every C2 nmethod whose header names METHOD (a substring, such as
"FloatSlope::forwardStep") and disassembles them with objdump (GNU binutils), at their addresses
in the log, so that the listing can be read like -prof perfasm's. It shows the method as compiled
on its own: where C2 inlined it into a caller, the code that runs is in the caller's nmethod
(print that one instead). A loop is a backward branch and the range it spans, so a range may
take in out-of-line blocks or an inner loop.

Usage: disassemble.py LOG METHOD [--last] [--loops]
  LOG      the output of a JVM run with -XX:+UnlockDiagnosticVMOptions
           -XX:CompileCommand=print,*Class::method (JMH relays a fork's output)
  METHOD   a substring of the "Compiled method (c2) ..." header
  --last   only the last such nmethod that is not an on-stack-replacement one (marked %), which
           is the normal compilation a caller reaches
  --loops  instead of the listing, each loop (a backward branch and its target): its address
           range, its number of instructions and how often each mnemonic occurs in it
"""
import collections
import re
import subprocess
import sys
import tempfile

HEADER = re.compile(r'^Compiled method \((c1|c2)\)')
HEX_LINE = re.compile(r'^\s*0x([0-9a-f]+): ([0-9a-f |]+)$')


def nmethods(lines, method):
    """Yields (header, base address, code bytes) for each C2 nmethod whose header names method."""
    header = None
    code = None
    base = None
    in_code = False
    for line in lines:
        if HEADER.match(line):
            header = line.strip() if line.startswith('Compiled method (c2)') and method in line else None
            code, base, in_code = bytearray(), None, False
        elif header is None:
            continue
        elif line.startswith('[MachCode]'):
            in_code = True
        elif line.startswith('[/MachCode]'):
            yield header, base, bytes(code)
            header = None
        elif in_code:
            match = HEX_LINE.match(line)
            if not match:
                continue
            address = int(match.group(1), 16)
            words = match.group(2).replace('|', '').replace(' ', '')
            if not words:
                continue
            if base is None:
                base = address
            if address - base != len(code):
                sys.exit(f'disassemble.py: a gap in the code of "{header}" at {address:#x}: '
                         'the log was printed with hsdis after all, or has lines of another form')
            code.extend(bytes.fromhex(words))


INSTRUCTION = re.compile(r'^\s+([0-9a-f]+):\t[0-9a-f ]+\t(\S+)\s*(.*)$')


def loops(listing):
    """Lines describing each loop of a listing: a branch to an earlier address closes one."""
    instructions = []
    for line in listing:
        match = INSTRUCTION.match(line)
        if match:
            instructions.append((int(match.group(1), 16), match.group(2), match.group(3)))
    described = []
    first = instructions[0][0] if instructions else 0
    for address, mnemonic, operand in instructions:
        target = re.match(r'^0x([0-9a-f]+)$', operand)
        if (mnemonic.startswith('j') and target
                and first <= int(target.group(1), 16) < address):  # not a jump to a stub
            start = int(target.group(1), 16)
            body = [m for a, m, _ in instructions if start <= a <= address]
            counts = collections.Counter(body).most_common()
            described.append(f'loop {start:#x}-{address:#x}: {len(body)} instructions; '
                             + ', '.join(f'{m} {n}' for m, n in counts))
    return described


def main(argv):
    options = set(argv[3:])
    if len(argv) < 3 or not options <= {'--last', '--loops'} or len(options) != len(argv) - 3:
        sys.exit(__doc__)
    with open(argv[1], errors='replace') as log:
        found = list(nmethods(log.read().split('\n'), argv[2]))
    if not found:
        sys.exit(f'disassemble.py: no C2 nmethod of "{argv[2]}" with hex code in {argv[1]}; '
                 'run the JVM with -XX:+UnlockDiagnosticVMOptions '
                 f'-XX:CompileCommand=print,*{argv[2]}')
    if '--last' in options:
        normal = [n for n in found if not re.search(r'\d+ % ', n[0])]
        found = (normal or found)[-1:]
    for header, base, code in found:
        with tempfile.NamedTemporaryFile(suffix='.bin') as binary:
            binary.write(code)
            binary.flush()
            listing = subprocess.run(['objdump', '-D', '-b', 'binary', '-mi386:x86-64',
                                      f'--adjust-vma={base:#x}', binary.name],
                                     capture_output=True, text=True, check=True).stdout
        lines = [l for l in listing.split('\n') if re.match(r'^\s+[0-9a-f]+:', l)]
        print(f'== {header}')
        print('\n'.join(loops(lines) if '--loops' in options else lines))


if __name__ == '__main__':
    main(sys.argv)
