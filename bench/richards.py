"""Richards-style operating-system scheduler simulation.

Six tasks (idle, worker, two handlers, two devices) exchange packets through a
priority scheduler. Usage: python3 richards.py [iterations]   (default 35)
Prints the packet-queue and hold counters (deterministic).
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link          # next packet in a queue
        self.owner = owner        # task id the packet is addressed to
        self.kind = kind
        self.count = 0            # a1 in the classic benchmark
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Append self at the end of the queue starting at `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.sched = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue             # incoming packets
        self.held = False
        self.waiting = queue is None   # waiting for a packet
        self.next_task = None          # linked by decreasing priority

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        """Called when the task is resumed: returns the packet to process (or None)."""
        if self.waiting and self.queue is not None:
            pkt = self.queue
            self.queue = pkt.link
            self.waiting = False
            return pkt
        return None

    def receive(self, pkt):
        """A packet arrives for this task. Returns True if this task should preempt."""
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            return self.waiting
        self.queue = pkt.append_to(self.queue)
        return False


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.control = 1
        self.count = count
        self.waiting = False

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        pkt.owner = self.destination
        pkt.count = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_queue = pkt.append_to(self.work_queue)
            else:
                self.device_queue = pkt.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            pos = work.count
            if pos >= DATA_SIZE:
                self.work_queue = work.link
                return self.sched.send(work)
            if self.device_queue is not None:
                dev = self.device_queue
                self.device_queue = dev.link
                dev.count = work.data[pos]
                work.count = pos + 1
                return self.sched.send(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            out = self.pending
            self.pending = None
            return self.sched.send(out)
        self.pending = pkt
        self.sched.trace_value += pkt.count
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.trace_value = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the task list sorted by decreasing priority
        if self.task_list is None or task.priority > self.task_list.priority:
            task.next_task = self.task_list
            self.task_list = task
            return
        t = self.task_list
        while t.next_task is not None and t.next_task.priority >= task.priority:
            t = t.next_task
        task.next_task = t.next_task
        t.next_task = task

    # Scheduler primitives: each returns the task to run next.
    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next_task

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def send(self, pkt):
        target = self.tasks[pkt.owner]
        self.queue_count += 1
        pkt.owner = self.current.ident  # reply address
        if target.receive(pkt) and not target.held and target.priority > self.current.priority:
            return target
        return self.current

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            task = self.current
            if task.runnable():
                pkt = task.take_packet()
                self.current = task.run(pkt)
            else:
                self.current = task.next_task


def make_queue(owner, kind, n):
    head = None
    for _ in range(n):
        head = Packet(head, owner, kind)
    return head


def run_once(idle_count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, idle_count))
    s.add(WorkerTask(s, WORKER, 1000, make_queue(WORKER, KIND_WORK, 2)))
    s.add(HandlerTask(s, HANDLER_A, 2000, make_queue(DEVICE_A, KIND_DEVICE, 3)))
    s.add(HandlerTask(s, HANDLER_B, 3000, make_queue(DEVICE_B, KIND_DEVICE, 3)))
    s.add(DeviceTask(s, DEVICE_A, 4000, None))
    s.add(DeviceTask(s, DEVICE_B, 5000, None))
    s.run()
    return s.queue_count, s.hold_count, s.trace_value


def main(iterations):
    result = None
    for _ in range(iterations):
        result = run_once(10000)
    print('queue count %d, hold count %d, trace value %d' % result)


if __name__ == '__main__':
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 35)
