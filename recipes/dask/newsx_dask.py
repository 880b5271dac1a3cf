#!/usr/bin/env python3
"""newsx on a Dask cluster (distributed scheduler): a JSONL corpus read as a bag of partitions, each partition
piped through ONE newsx process, the records written one file per partition, in input order.

    python3 newsx_dask.py --scheduler tcp://host:8786 --input 'docs/*.jsonl' --output records/ \
        --blocksize 8MB --newsx 'newsx --input jsonl --format jsonl --quiet --jobs 1'

Concatenating records/part-*.jsonl in name order gives the records of a single `newsx --input jsonl` run.
A partition is a pure function of its input, so when a worker dies Dask runs the lost partitions again on
another worker and rewrites their files whole: every record is written exactly once.
(Tested by tests/e2e/dask.test.ts: a scheduler and two workers on loopback, one worker killed mid-run.)
"""
import argparse
import glob
import os
import shlex
import subprocess
import sys
import time

import dask.bag as db
from dask.distributed import Client


def run_partition(lines, command):
    """One partition's JSONL lines -> its records, through one newsx process."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines if line.strip())
    if not data:
        return []
    proc = subprocess.run(command, input=data.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    # exit 1 only says that some documents became error records (they are in the output); anything else is a failure
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"newsx exited {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[:500]}")
    records = proc.stdout.decode("utf-8").splitlines()
    expected = data.count("\n")
    if len(records) != expected:
        raise RuntimeError(f"newsx wrote {len(records)} records for {expected} lines")
    return records


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scheduler", required=True, help="scheduler address (tcp://host:port) or a scheduler file")
    ap.add_argument("--input", required=True, help="JSONL file(s): a path or glob")
    ap.add_argument("--output", required=True, help="folder for part-NNNNN.jsonl")
    ap.add_argument("--blocksize", default="8MB", help="bytes per partition (cut at line ends)")
    ap.add_argument("--newsx", default="newsx --input jsonl --format jsonl --quiet --jobs 1", help="the newsx command for one partition")
    ap.add_argument("--workers", type=int, default=0, help="wait for this many workers before starting")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    client = Client(scheduler_file=args.scheduler) if os.path.isfile(args.scheduler) else Client(args.scheduler)
    if args.workers:
        client.wait_for_workers(args.workers, timeout=120)
    command = shlex.split(args.newsx)
    bag = db.read_text(args.input, blocksize=args.blocksize)
    records = bag.map_partitions(run_partition, command)
    os.makedirs(args.output, exist_ok=True)
    for old in glob.glob(os.path.join(args.output, "part-*.jsonl")):
        os.remove(old)
    # each partition is written by the worker that made it: one file, replaced whole if it is made again
    records.to_textfiles(os.path.join(args.output, "part-*.jsonl"), name_function=lambda i: f"{i:05d}", last_endline=True)
    seconds = time.perf_counter() - t0
    print(f"newsx_dask: {bag.npartitions} partitions, {seconds:.2f} s", file=sys.stderr)
    client.close()


if __name__ == "__main__":
    main()
