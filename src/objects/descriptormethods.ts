// property, classmethod, staticmethod, getset_descriptor, member_descriptor.

import { T, None, type Py } from './base';
import { PyType } from './type';
import { PyProperty, PyClassMethod, PyStaticMethod, PyGetSet, PySlot } from './descriptors';
import { PyMethod } from './method';
import { PyDict } from './dict';
import { methods, staticMethods, getsets } from './typesetup';
import { TypeError, AttributeError } from './raise';
import { typeOf, typeName } from './typeof';
import { getattrOpt, descrGet } from './attrs';
import { callSync } from '../vm/call';
import { strValue } from './strutil';
import { MISSING } from './base';

function copyProp(p: PyProperty, field: 'fget' | 'fset' | 'fdel', v: Py): PyProperty {
  const n: PyProperty = typeOf(p) === T.property ? new PyProperty() : callSync(typeOf(p), [p.fget, p.fset, p.fdel, p.doc]);
  n.fget = p.fget;
  n.fset = p.fset;
  n.fdel = p.fdel;
  n.doc = p.doc;
  n.pname = p.pname;
  n[field] = v;
  if (field === 'fget' && p.docFromGetter) {
    const d = getattrOpt(v, '__doc__');
    n.doc = d === MISSING ? None : d;
    n.docFromGetter = true;
  }
  return n;
}

declare module './descriptors' {
  interface PyProperty {
    docFromGetter?: boolean;
  }
}

export function setupDescriptors(): void {
  const p = T.property;
  staticMethods(p, { __new__: ['cls, *args, **kwargs', (cls: PyType) => new PyProperty(cls)] });
  methods(p, {
    __init__: ['self, fget=None, fset=None, fdel=None, doc=None', (self: PyProperty, fget: Py, fset: Py, fdel: Py, doc: Py) => {
      self.fget = fget;
      self.fset = fset;
      self.fdel = fdel;
      if (doc === None && fget !== None) {
        const d = getattrOpt(fget, '__doc__');
        self.doc = d === MISSING ? None : d;
        self.docFromGetter = true;
      } else self.doc = doc;
      return None;
    }],
    __get__: ['self, instance, owner=None, /', (self: PyProperty, inst: Py, owner: Py) => descrGet(self, inst === None ? undefined : inst, owner)],
    __set__: ['self, instance, value, /', (self: PyProperty, inst: Py, v: Py) => {
      if (self.fset === None) throw AttributeError(self.pname ? `property '${self.pname}' of '${typeName(inst)}' object has no setter` : "can't set attribute");
      callSync(self.fset, [inst, v]);
      return None;
    }],
    __delete__: ['self, instance, /', (self: PyProperty, inst: Py) => {
      if (self.fdel === None) throw AttributeError(self.pname ? `property '${self.pname}' of '${typeName(inst)}' object has no deleter` : "can't delete attribute");
      callSync(self.fdel, [inst]);
      return None;
    }],
    __set_name__: ['self, owner, name, /', (self: PyProperty, _o: Py, name: Py) => { self.pname = name; return None; }],
    getter: ['self, fget, /', (self: PyProperty, f: Py) => copyProp(self, 'fget', f)],
    setter: ['self, fset, /', (self: PyProperty, f: Py) => copyProp(self, 'fset', f)],
    deleter: ['self, fdel, /', (self: PyProperty, f: Py) => copyProp(self, 'fdel', f)],
  });
  getsets(p, {
    fget: [(s: PyProperty) => s.fget],
    fset: [(s: PyProperty) => s.fset],
    fdel: [(s: PyProperty) => s.fdel],
    __doc__: [(s: PyProperty) => s.doc, (s: PyProperty, v: Py) => { s.doc = v; }],
    __isabstractmethod__: [(s: PyProperty) => [s.fget, s.fset, s.fdel].some((f) => f !== None && getattrOpt(f, '__isabstractmethod__') === true)],
  });
  p.hasDict = true;

  for (const [t, isClass] of [[T.classmethod, true], [T.staticmethod, false]] as [PyType, boolean][]) {
    staticMethods(t, { __new__: ['cls, *args, **kwargs', (cls: PyType) => (isClass ? new PyClassMethod(None, cls) : new PyStaticMethod(None, cls))] });
    methods(t, {
      __init__: ['self, function, /', (self: any, f: Py) => {
        self.func = f;
        // copy __doc__, __name__ ... like functools.update_wrapper (3.10+)
        self.dict ??= new PyDict();
        for (const a of ['__module__', '__name__', '__qualname__', '__doc__']) {
          const v = getattrOpt(f, a);
          if (v !== MISSING) self.dict.setS(a, v);
        }
        const w = self.dict as PyDict;
        w.setS('__wrapped__', f);
        return None;
      }],
      __get__: ['self, instance, owner=None, /', (self: any, inst: Py, owner: Py) => {
        if (isClass) return new PyMethod(self.func, owner === None ? typeOf(inst) : owner);
        return self.func;
      }],
      __repr__: ['self, /', (self: any) => `<${t.name}(${require_repr(self.func)})>`],
    });
    if (!isClass) methods(t, { __call__: ['self, /, *args, **kwargs', (self: any, args: Py[], kw: PyDict) => callWithKw(self.func, args, kw)] });
    getsets(t, {
      __func__: [(s: any) => s.func],
      __wrapped__: [(s: any) => s.func],
      __isabstractmethod__: [(s: any) => getattrOpt(s.func, '__isabstractmethod__') === true],
      __dict__: [(s: any) => (s.dict ??= new PyDict())],
    });
    t.hasDict = true;
  }

  const gs = T.getset_descriptor;
  methods(gs, {
    __get__: ['self, instance, owner=None, /', (d: PyGetSet, inst: Py) => (inst === None ? d : d.get(inst))],
    __set__: ['self, instance, value, /', (d: PyGetSet, inst: Py, v: Py) => {
      if (!d.set) throw AttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
      d.set(inst, v);
      return None;
    }],
    __delete__: ['self, instance, /', (d: PyGetSet, inst: Py) => {
      if (!d.del) throw AttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
      d.del(inst);
      return None;
    }],
    __repr__: ['self, /', (d: PyGetSet) => `<attribute '${d.name}' of '${d.owner.name}' objects>`],
  });
  getsets(gs, { __name__: [(d: PyGetSet) => d.name], __objclass__: [(d: PyGetSet) => d.owner], __doc__: [(d: PyGetSet) => d.doc ?? None] });

  const ms = T.member_descriptor;
  methods(ms, {
    __get__: ['self, instance, owner=None, /', (d: PySlot, inst: Py) => (inst === None ? d : descrGet(d, inst, typeOf(inst)))],
    __set__: ['self, instance, value, /', (d: PySlot, inst: Py, v: Py) => {
      slotOwnerCheck(d, inst);
      ((inst as any).sv ??= [])[d.index] = v;
      return None;
    }],
    __delete__: ['self, instance, /', (d: PySlot, inst: Py) => {
      slotOwnerCheck(d, inst);
      const sv = (inst as any).sv as Py[] | undefined;
      if (sv === undefined || sv[d.index] === undefined) throw AttributeError(d.name);
      sv[d.index] = undefined;
      return None;
    }],
    __repr__: ['self, /', (d: PySlot) => `<member '${d.name}' of '${d.owner.name}' objects>`],
  });
  getsets(ms, { __name__: [(d: PySlot) => d.name], __objclass__: [(d: PySlot) => d.owner] });
  void TypeError;
  void strValue;
}

import { repr as require_repr } from './protocol';
import { callWithDict as callWithKw } from './functionmethods';

/** A member descriptor only works on instances of the class that owns it. */
function slotOwnerCheck(d: PySlot, inst: Py): void {
  const tp = typeOf(inst);
  if (tp !== d.owner && !tp.isSubtype(d.owner)) {
    throw TypeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${tp.name}' object`);
  }
}
