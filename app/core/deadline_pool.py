"""Worker processes that run one call each at a time, with a deadline per call.

A Python thread cannot be stopped, and ``ProcessPoolExecutor`` cannot stop one of its
workers either: a call that runs past its deadline would hold its worker for as long as
it runs. Here each worker is a process with its own pipe, so a call past its deadline is
answered at once with ``DeadlineExceeded`` and its worker killed (SIGKILL); the next call
in that slot starts a fresh one. The pool is bounded: at most ``size`` calls run at once,
and the others wait for a free slot.

Workers fork from a ``forkserver`` where the platform has one (so they start in
milliseconds, without the parent's threads and open connections) and are started on
first use, or all at once by ``start`` (the app's lifespan does that). What is sent and
returned must pickle: a top-level function and its arguments.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import queue
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar, cast

T = TypeVar("T")
_READY = "ready"
# How long a new worker may take to start before its first call's deadline begins: a
# deadline measures the call, not the fork and imports of a busy machine.
START_TIMEOUT_S = 60.0


class DeadlineExceeded(Exception):
    """The call ran past its deadline; its worker was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:.1f} s")
        self.seconds = seconds


class WorkerLost(RuntimeError):
    """The worker process died during the call (killed, or out of memory)."""


def _context(preload: list[str]) -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        if preload:
            context.set_forkserver_preload(preload)
        return context
    return multiprocessing.get_context("spawn")


def _serve(
    conn: Connection, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
) -> None:
    """The worker's loop: one call at a time until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if initializer is not None:
        initializer(*initargs)
    conn.send(_READY)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            answer = (False, exc)
        try:
            conn.send(answer)
        except Exception as exc:  # an answer or exception that does not pickle
            conn.send((False, RuntimeError(f"the worker's answer could not be sent: {exc!r}")))


class _Worker:
    def __init__(
        self,
        context: BaseContext,
        initializer: Callable[..., object] | None,
        initargs: tuple[Any, ...],
    ) -> None:
        self.conn, child = context.Pipe()
        process_type = cast(Any, context).Process
        self.process: BaseProcess = process_type(
            target=_serve, args=(child, initializer, initargs), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Wait for the worker's initializer and imports; WorkerLost if it never comes."""
        if self.ready:
            return
        try:
            started = self.conn.poll(START_TIMEOUT_S) and self.conn.recv() == _READY
        except (EOFError, OSError):
            started = False
        if not started:
            raise WorkerLost("the worker process did not start")
        self.ready = True

    def call(self, seconds: float, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        self.wait_ready()
        self.conn.send((fn, args))
        if not self.conn.poll(seconds):
            raise DeadlineExceeded(seconds)
        try:
            ok, value = self.conn.recv()
        except (EOFError, OSError):
            raise WorkerLost("the worker process died during the call") from None
        if ok:
            return cast(T, value)
        raise value

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class DeadlinePool:
    """At most ``size`` calls at once, each in a worker process, each with a deadline."""

    def __init__(
        self,
        size: int,
        *,
        initializer: Callable[..., object] | None = None,
        initargs: tuple[Any, ...] = (),
        preload: list[str] | None = None,
    ) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.size = size
        self._context = _context(preload or [])
        self._initializer, self._initargs = initializer, initargs
        # A slot holds its worker, or None until the slot's first call starts one.
        self._slots: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        for _ in range(size):
            self._slots.put(None)
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._threads: ThreadPoolExecutor | None = None

    def run(self, seconds: float, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a worker; DeadlineExceeded after ``seconds`` (blocking)."""
        worker = self._slots.get()  # waits for a free slot
        try:
            if worker is None or not worker.process.is_alive():
                if worker is not None:
                    self._discard(worker)
                worker = self._start()
            try:
                return worker.call(seconds, fn, args)
            except (DeadlineExceeded, WorkerLost, OSError):
                self._discard(worker)
                worker = None
                raise
        finally:
            self._slots.put(worker)

    def start(self) -> None:
        """Start every slot's worker now and wait until each is ready, so that no caller
        pays a worker's cold start. Without it, a slot starts its worker on its first
        call."""
        slots = [self._slots.get() for _ in range(self.size)]
        try:
            for i, worker in enumerate(slots):
                if worker is None or not worker.process.is_alive():
                    if worker is not None:
                        self._discard(worker)
                    slots[i] = worker = self._start()
                worker.wait_ready()
        except (WorkerLost, OSError):
            for worker in slots:
                if worker is not None:
                    self._discard(worker)
            slots = [None] * self.size
            raise
        finally:
            for worker in slots:
                self._slots.put(worker)

    async def run_async(self, seconds: float, fn: Callable[..., T], *args: Any) -> T:
        """``run`` without blocking the event loop, nor a thread of the endpoints' pool:
        the wait happens in this pool's own threads, one per slot."""
        future = self._thread_pool().submit(partial(self.run, seconds, fn, *args))
        return await asyncio.wrap_future(future)

    def pids(self) -> set[int]:
        """The process ids of the running workers."""
        with self._lock:
            return {w.process.pid for w in self._workers if w.process.pid is not None}

    def close(self) -> None:
        """Stop every worker; calls still running get WorkerLost. A later call starts
        fresh workers, so an app whose lifespan runs twice keeps working."""
        with self._lock:
            workers, self._workers = list(self._workers), set()
            threads, self._threads = self._threads, None
        for worker in workers:
            worker.stop()
        if threads is not None:
            threads.shutdown(wait=False)

    def __enter__(self) -> DeadlinePool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _thread_pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(self.size, thread_name_prefix="deadline-pool")
            return self._threads

    def _start(self) -> _Worker:
        with self._lock:
            worker = _Worker(self._context, self._initializer, self._initargs)
            self._workers.add(worker)
            return worker

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()
