"""The tree API shared by every node: links, traversal, search, mutation.

Nothing here recurses. A reply chain 100,000 deep is walked, compared, copied,
pickled and printed at Python's default recursion limit, because every
algorithm keeps its own explicit stack or queue.

Child collections (``Article.body``, ``Article.comments``, ``Comment.replies``,
``Block.quotes``, ``Comment.quotes``) are read-only sequences to the caller:
change the tree with :meth:`Node.add`, :meth:`Node.remove`, :meth:`Node.detach`
and :meth:`Node.move_to`, which keep every ``parent`` link right. An empty
collection is the shared empty tuple, so leaves (most comments) cost no list.
"""

from __future__ import annotations

import builtins
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any, ClassVar, Literal, TypeVar, overload

import attrs

from newsthread.errors import CycleError, NodeNotFoundError, TreeError

__all__ = ["Node", "Order"]

N = TypeVar("N", bound="Node")
Order = Literal["pre", "post", "level"]

_ADDRESS_STEP = re.compile(r"\.([A-Za-z_]+)\[(\d+)\]")


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Node:
    """Base class of every node in a newsthread tree (article, blocks, quotes, comments)."""

    _parent: Node | None = attrs.field(default=None, init=False, repr=False, eq=False)

    #: Names of the attributes that hold children, in document order.
    _child_fields: ClassVar[tuple[str, ...]] = ()
    #: For each child attribute, the node class its items must be.
    _child_types: ClassVar[dict[str, type[Node]]] = {}
    #: Per class: the attributes that are the node's own data (all but links), and a getter for them.
    _own_fields_cache: ClassVar[
        dict[type[Node], tuple[tuple[str, ...], Callable[[Node], tuple[Any, ...]]]]
    ] = {}

    # -- construction -------------------------------------------------------

    def __attrs_post_init__(self) -> None:
        for name in self._child_fields:
            kids = getattr(self, name)
            if kids:
                self._adopt_all(name, kids)
            else:  # an empty list (or any empty collection) becomes the shared empty tuple
                setattr(self, name, ())

    def _adopt_all(self, name: str, kids: Iterable[Node]) -> None:
        kind = self._child_types[name]
        adopted = list(kids)
        for kid in adopted:
            if not isinstance(kid, kind):
                raise TypeError(
                    f"{type(self).__name__}.{name} holds {kind.__name__} nodes, "
                    f"not {type(kid).__name__}"
                )
            if kid._parent is not None:
                raise TreeError(f"{kid!r} already has a parent; detach it first")
            kid._parent = self
        setattr(self, name, adopted)

    @classmethod
    def _own_fields(cls) -> tuple[str, ...]:
        """The attrs fields that are data, not links (no parent, no children)."""
        return cls._own_data()[0]

    @classmethod
    def _own_data(cls) -> tuple[tuple[str, ...], Callable[[Node], tuple[Any, ...]]]:
        try:
            return Node._own_fields_cache[cls]
        except KeyError:
            skip = {"_parent", *cls._child_fields}
            names = tuple(f.name for f in attrs.fields(cls) if f.name not in skip)
            # One C-level call fetches all values: == and copies run per node of huge trees.
            getter: Callable[[Node], tuple[Any, ...]]
            if len(names) > 1:
                getter = attrgetter(*names)
            elif names:
                fetch = attrgetter(names[0])
                getter = lambda node: (fetch(node),)  # noqa: E731
            else:  # a node class with children only
                getter = lambda node: ()  # noqa: E731
            Node._own_fields_cache[cls] = (names, getter)
            return names, getter

    # -- links --------------------------------------------------------------

    @property
    def parent(self) -> Node | None:
        """The node this one hangs under, or None for a root."""
        return self._parent

    @property
    def children(self) -> Sequence[Node]:
        """The direct children, in document order, across all child attributes."""
        fields = self._child_fields
        if not fields:
            return ()
        if len(fields) == 1:
            kids: Sequence[Node] = getattr(self, fields[0])
            return kids
        out: list[Node] = []
        for name in fields:
            out.extend(getattr(self, name))
        return out

    @property
    def root(self) -> Node:
        """The topmost ancestor (the node itself when it has no parent)."""
        node = self
        while node._parent is not None:
            node = node._parent
        return node

    @property
    def depth(self) -> int:
        """Number of ancestors: 0 for the root, 1 for a top-level comment or a body block."""
        depth = 0
        node = self._parent
        while node is not None:
            depth += 1
            node = node._parent
        return depth

    def ancestors(self) -> Iterator[Node]:
        """The parent, its parent, and so on up to the root."""
        node = self._parent
        while node is not None:
            yield node
            node = node._parent

    @property
    def siblings(self) -> Sequence[Node]:
        """The other children of the same parent attribute (replies beside a reply, and so on)."""
        parent = self._parent
        if parent is None:
            return ()
        return [n for n in getattr(parent, self._slot_in(parent)) if n is not self]

    @property
    def index(self) -> int | None:
        """Position within the parent's child attribute, or None for a root."""
        parent = self._parent
        if parent is None:
            return None
        return _index_of(getattr(parent, self._slot_in(parent)), self)

    @property
    def address(self) -> str:
        """A path from the root that :meth:`resolve` turns back into this node.

        It is the JSONPath of the node in the nested document form, for example
        ``$.comments[0].replies[2]``. It stays valid until the tree is changed.
        """
        steps: list[str] = []
        node = self
        while node._parent is not None:
            parent = node._parent
            name = node._slot_in(parent)
            steps.append(f".{name}[{_index_of(getattr(parent, name), node)}]")
            node = parent
        steps.append("$")
        steps.reverse()
        return "".join(steps)

    def resolve(self, address: str) -> Node:
        """Return the node at ``address`` (as given by :attr:`address`), counting from this node."""
        if not address.startswith("$"):
            raise NodeNotFoundError(f"address must start with '$': {address!r}", address)
        node: Node = self
        pos = 1
        while pos < len(address):
            step = _ADDRESS_STEP.match(address, pos)
            if step is None:
                raise NodeNotFoundError(f"malformed address {address!r} at {pos}", address)
            name, idx = step.group(1), int(step.group(2))
            if name not in node._child_fields:
                raise NodeNotFoundError(
                    f"{type(node).__name__} has no children named {name!r} ({address!r})", address
                )
            kids = getattr(node, name)
            if idx >= len(kids):
                raise NodeNotFoundError(f"no node at {address[: step.end()]!r}", address)
            node = kids[idx]
            pos = step.end()
        return node

    def _slot_in(self, parent: Node) -> str:
        """Name of the parent's attribute that holds this node."""
        for name in parent._child_fields:
            if isinstance(self, parent._child_types[name]):
                return name
        raise TreeError(f"{type(self).__name__} cannot be a child of {type(parent).__name__}")

    # -- traversal ----------------------------------------------------------

    def walk(
        self,
        order: Order = "pre",
        *,
        type: type[Node] | tuple[type[Node], ...] | None = None,
        where: Callable[[Node], bool] | None = None,
        include_self: bool = True,
    ) -> Iterator[Node]:
        """Iterate over this subtree in pre-order, post-order or level order.

        ``type`` keeps only nodes of that class (or classes); ``where`` keeps
        only nodes for which it returns true. Filters do not prune: the
        children of a node that is filtered out are still visited.
        ``walk(Comment)`` is read as ``walk(type=Comment)``.
        """
        if isinstance(order, builtins.type | tuple) and type is None:
            order, type = "pre", order
        if type is not None and not _is_class_filter(type):
            raise TypeError(f"type must be a node class or a tuple of them, not {type!r}")
        if order == "pre":
            nodes = _preorder(self)
        elif order == "post":
            nodes = _postorder(self)
        elif order == "level":
            nodes = _levelorder(self)
        else:
            raise ValueError(f"order must be 'pre', 'post' or 'level', not {order!r}")
        if not include_self:
            if order == "post":
                nodes = (node for node in nodes if node is not self)  # the node comes last
            else:
                next(nodes)  # the node comes first
        if type is not None:
            kind = type
            nodes = (n for n in nodes if isinstance(n, kind))
        if where is not None:
            nodes = filter(where, nodes)
        return nodes

    def descendants(self, order: Order = "pre") -> Iterator[Node]:
        """Every node below this one (not the node itself)."""
        return (node for node in self.walk(order) if node is not self)

    @overload
    def find(self, type: type[N], where: Callable[[N], bool] | None = None) -> N | None: ...
    @overload
    def find(
        self, type: None = None, where: Callable[[Node], bool] | None = None
    ) -> Node | None: ...
    def find(
        self,
        type: type[Node] | None = None,
        where: Callable[[Any], bool] | None = None,
    ) -> Node | None:
        """The first node in pre-order (this one included) of ``type`` matching ``where``.

        ``find(lambda n: ...)`` is read as ``find(where=lambda n: ...)``.
        """
        type, where = _filters(type, where)
        return next(self.walk(type=type, where=where), None)

    @overload
    def find_all(self, type: type[N], where: Callable[[N], bool] | None = None) -> list[N]: ...
    @overload
    def find_all(
        self, type: None = None, where: Callable[[Node], bool] | None = None
    ) -> list[Node]: ...
    def find_all(
        self,
        type: type[Node] | None = None,
        where: Callable[[Any], bool] | None = None,
    ) -> list[Any]:
        """All nodes in pre-order (this one included) of ``type`` matching ``where``.

        ``find_all(lambda n: ...)`` is read as ``find_all(where=lambda n: ...)``.
        """
        type, where = _filters(type, where)
        return list(self.walk(type=type, where=where))

    # -- mutation -----------------------------------------------------------

    def add(self, child: N, index: int | None = None) -> N:
        """Attach a parentless ``child`` (with its subtree) under this node and return it.

        The child goes to the attribute that holds its type (a Comment under a
        Comment becomes a reply, a Quote becomes a quote), appended or inserted
        at ``index``. Attaching a leaf is O(1); attaching a subtree also checks,
        in O(depth), that this node is not inside it.
        """
        name = child._slot_in(self)
        if child._parent is not None:
            raise TreeError(f"{child!r} already has a parent; use move_to() or detach() first")
        if child is self or (child.children and self.root is child):
            raise CycleError(f"cannot add {child!r} below itself")
        kids = getattr(self, name)
        if type(kids) is not list:
            kids = list(kids)
            setattr(self, name, kids)
        if index is None:
            kids.append(child)
        else:
            kids.insert(index, child)
        child._parent = self
        return child

    def detach(self: N) -> N:
        """Take this node (with its subtree) out of its parent and return it."""
        parent = self._parent
        if parent is not None:
            kids = getattr(parent, self._slot_in(parent))
            del kids[_index_of(kids, self)]
            self._parent = None
        return self

    def remove(self, child: Node) -> Node:
        """Detach ``child``, which must be a direct child of this node, and return it."""
        if child._parent is not self:
            raise NodeNotFoundError(f"{child!r} is not a child of {self!r}", repr(child))
        return child.detach()

    def move_to(self: N, new_parent: Node, index: int | None = None) -> N:
        """Move this node (with its subtree) under ``new_parent``, refusing to create a cycle."""
        self._slot_in(new_parent)
        if new_parent is self or any(a is self for a in new_parent.ancestors()):
            raise CycleError(f"cannot move {self!r} below itself")
        self.detach()
        return new_parent.add(self, index)

    # -- deep-safe protocol methods -----------------------------------------

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        stack: list[tuple[Node, Node]] = [(self, other)]
        while stack:
            a, b = stack.pop()
            if type(a) is not type(b):
                return False
            state = a._own_data()[1]
            if state(a) != state(b):
                return False
            for name in a._child_fields:
                kids_a, kids_b = getattr(a, name), getattr(b, name)
                if len(kids_a) != len(kids_b):
                    return False
                # the lengths are equal here, so strict= changes nothing (an equivalent mutant)
                stack.extend(zip(kids_a, kids_b, strict=True))  # pragma: no mutate
        return True

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, like list

    def __repr__(self) -> str:
        parts = [f"{k}={v!r}" for k, v in self._summary()]  # a _Raw count is an int: no quotes
        return f"{type(self).__name__}({', '.join(parts)})"

    def _summary(self) -> list[tuple[str, object]]:
        """Key facts for repr: own data shortened, children counted, never the subtree."""
        return [(name, _Raw(len(getattr(self, name)))) for name in self._child_fields]

    def __str__(self) -> str:
        from newsthread.render import render_tree

        return render_tree(self)

    def pretty(self, **options: Any) -> str:
        """The subtree drawn like ``tree`` draws folders; see :func:`newsthread.render.render_tree`."""
        from newsthread.render import render_tree

        return render_tree(self, **options)

    def __copy__(self: N) -> N:
        # A node cannot share its children with another parent, so a copy is always deep.
        return self.__deepcopy__({})

    def __deepcopy__(self: N, memo: dict[int, Any]) -> N:
        import copy

        records = [
            (cls, tuple(v if type(v) in _ATOMS else copy.deepcopy(v, memo) for v in state), parent)
            for cls, state, parent in self._flatten()
        ]
        return _unflatten(records)  # type: ignore[return-value]

    def __reduce__(self) -> tuple[Callable[..., Node], tuple[Any, ...]]:
        return (_unflatten, (self._flatten(),))

    def _flatten(self) -> list[tuple[type[Node], tuple[Any, ...], int]]:
        """This subtree as (class, own data, parent position) records in pre-order."""
        records: list[tuple[type[Node], tuple[Any, ...], int]] = []
        stack: list[tuple[Node, int]] = [(self, -1)]
        while stack:
            node, parent = stack.pop()
            position = len(records)
            records.append((type(node), node._own_data()[1](node), parent))
            kids = node.children
            stack.extend((kid, position) for kid in reversed(kids))
        return records


# Values deepcopy would return unchanged anyway; skipping the call makes copies 5x faster.
_ATOMS = frozenset({str, int, float, bool, type(None), datetime})


class _Raw(int):
    """An int shown without repr quoting in a node summary (a child count)."""


def _unflatten(records: Sequence[tuple[type[Node], tuple[Any, ...], int]]) -> Node:
    """Rebuild a subtree from :meth:`Node._flatten` records, without recursion."""
    nodes: list[Node] = []
    for cls, state, parent in records:
        node = cls.__new__(cls)
        node._parent = None
        for name in cls._child_fields:
            setattr(node, name, ())
        for name, value in zip(cls._own_fields(), state, strict=True):
            setattr(node, name, value)
        if parent != -1:  # -1: the subtree's root
            _attach(nodes[parent], node)
        nodes.append(node)
    return nodes[0]


def _attach(parent: Node, child: Node) -> None:
    """Append without checks: for builders that know the input is a fresh, acyclic tree."""
    name = child._slot_in(parent)
    kids = getattr(parent, name)
    if type(kids) is list:
        kids.append(child)
    else:
        setattr(parent, name, [child])
    child._parent = parent


def _index_of(items: Sequence[Node], node: Node) -> int:
    # list.index would fall back to == (a whole-subtree comparison) on every sibling.
    for i, item in enumerate(items):
        if item is node:
            return i
    raise TreeError(f"{node!r} is not among its parent's children")  # pragma: no cover


def _preorder(root: Node) -> Iterator[Node]:
    # Comments are nearly every node of a big tree, and most have no quotes:
    # reading their replies directly skips the ``children`` property, which
    # is the largest cost per node of a walk. (``_quotes`` is the slot itself:
    # quotes not found yet are truthy there, and ``children`` finds them.)
    from newsthread.model import Comment

    stack = [root]
    pop, extend = stack.pop, stack.extend
    while stack:
        node = pop()
        yield node
        kids: Sequence[Node] = (
            node.replies if type(node) is Comment and not node._quotes else node.children
        )
        if kids:
            extend(reversed(kids))


def _postorder(root: Node) -> Iterator[Node]:
    stack: list[tuple[Node, Iterator[Node]]] = [(root, iter(root.children))]
    while stack:
        node, kids = stack[-1]
        kid = next(kids, None)
        if kid is None:
            stack.pop()
            yield node
        else:
            stack.append((kid, iter(kid.children)))


def _levelorder(root: Node) -> Iterator[Node]:
    queue = deque([root])
    popleft, extend = queue.popleft, queue.extend
    while queue:
        node = popleft()
        yield node
        extend(node.children)


def _is_class_filter(kind: object) -> bool:
    if isinstance(kind, tuple):
        return all(isinstance(k, type) for k in kind)
    return isinstance(kind, type)


def _filters(kind: Any, where: Any) -> tuple[Any, Any]:
    """``find(predicate)``: a callable that is not a class, given as the type, is the predicate."""
    if kind is not None and where is None and callable(kind) and not _is_class_filter(kind):
        return None, kind
    return kind, where
