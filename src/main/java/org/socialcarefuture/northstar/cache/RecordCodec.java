package org.socialcarefuture.northstar.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes this program's records as compact bytes and reads them back, by the records' own declared types: the bytes
 * never name a class, so a damaged or tampered cache can at worst fail to read (and is then made again), never make
 * the bake load or run anything. Strings are plain UTF-8 (fast both ways, unlike Java serialization, which reads a
 * string a character at a time and writes every class's description into every entry).
 *
 * <p>Handles what the bake keeps: records of {@code org.socialcarefuture.northstar}, strings, numbers, booleans, enums,
 * dates and times, and lists, sets and maps of those (each may be null). Anything else is a programming error.
 */
final class RecordCodec {

    private static final String OURS = "org.socialcarefuture.northstar.";

    /** A record type's components and canonical constructor, worked out once. */
    private record Shape(RecordComponent[] components, Type[] types, Constructor<?> constructor) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    static void write(DataOutputStream out, Object value, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            out.writeInt((Integer) value);
            return;
        }
        if (raw == long.class) {
            out.writeLong((Long) value);
            return;
        }
        if (raw == double.class) {
            out.writeDouble((Double) value);
            return;
        }
        if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (raw == String.class) {
            byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == Double.class) {
            out.writeDouble((Double) value);
        } else if (raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == ZonedDateTime.class || raw == Instant.class) {
            write(out, value.toString(), String.class);
        } else if (raw == List.class || raw == Set.class) {
            java.util.Collection<?> items = (java.util.Collection<?>) value;
            out.writeInt(items.size());
            Type item = argument(type, 0);
            for (Object element : items) {
                write(out, element, item);
            }
        } else if (raw == Map.class) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeInt(map.size());
            Type key = argument(type, 0);
            Type item = argument(type, 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(out, entry.getKey(), key);
                write(out, entry.getValue(), item);
            }
        } else if (raw.isRecord() && raw.getName().startsWith(OURS)) {
            Shape shape = shape(raw);
            for (int i = 0; i < shape.components().length; i++) {
                try {
                    write(out, shape.components()[i].getAccessor().invoke(value), shape.types()[i]);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            throw new IllegalArgumentException("the bake's cache cannot keep a " + raw.getName());
        }
    }

    static Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return in.readInt();
        }
        if (raw == long.class) {
            return in.readLong();
        }
        if (raw == double.class) {
            return in.readDouble();
        }
        if (raw == boolean.class) {
            return in.readBoolean();
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("damaged: a text longer than what is left");
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        } else if (raw == Integer.class) {
            return in.readInt();
        } else if (raw == Long.class) {
            return in.readLong();
        } else if (raw == Double.class) {
            return in.readDouble();
        } else if (raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            int ordinal = in.readInt();
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IOException("damaged: no such " + raw.getSimpleName());
            }
            return constants[ordinal];
        } else if (raw == ZonedDateTime.class) {
            return ZonedDateTime.parse((String) read(in, String.class));
        } else if (raw == Instant.class) {
            return Instant.parse((String) read(in, String.class));
        } else if (raw == List.class || raw == Set.class) {
            int size = size(in);
            Type item = argument(type, 0);
            List<Object> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(read(in, item));
            }
            return raw == List.class ? Collections.unmodifiableList(items) : Collections.unmodifiableSet(new LinkedHashSet<>(items));
        } else if (raw == Map.class) {
            int size = size(in);
            Type key = argument(type, 0);
            Type item = argument(type, 1);
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(read(in, key), read(in, item));
            }
            return Collections.unmodifiableMap(map);
        } else if (raw.isRecord() && raw.getName().startsWith(OURS)) {
            Shape shape = shape(raw);
            Object[] values = new Object[shape.components().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(in, shape.types()[i]);
            }
            try {
                return shape.constructor().newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IOException("damaged: a " + raw.getSimpleName() + " that cannot be made", e);
            }
        }
        throw new IllegalArgumentException("the bake's cache cannot read a " + raw.getName());
    }

    private static int size(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > in.available()) { // every item takes at least a byte
            throw new IOException("damaged: a list longer than what is left");
        }
        return size;
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, record -> {
            RecordComponent[] components = record.getRecordComponents();
            Type[] types = new Type[components.length];
            Class<?>[] raws = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                raws[i] = components[i].getType();
                components[i].getAccessor().setAccessible(true);
            }
            try {
                Constructor<?> constructor = record.getDeclaredConstructor(raws);
                constructor.setAccessible(true);
                return new Shape(components, types, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("the bake's cache cannot keep a value of type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[index];
            if (argument instanceof java.lang.reflect.WildcardType wildcard) {
                return wildcard.getUpperBounds()[0];
            }
            return argument;
        }
        throw new IllegalArgumentException("the bake's cache needs the item type of " + type);
    }
}
